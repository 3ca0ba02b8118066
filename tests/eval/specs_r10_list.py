"""Round 10 batch: chat-style list questions (a unit's measures by role, deadline lists, short
conversations that narrow or move a list), over all five plans."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv

# --- a unit's measures by role
D("r10l001", "密云水务局牵头干啥", "my", "区水务局", "lead", chat=True, tags="abbrev")
D("r10l002", "门头沟规自分局都有哪些任务", "mtg", "区规自分局", chat=True, tags="abbrev")
D("r10l003", "市里的住建委要配合哪些事？", "bj", "市住房城乡建设委", "assist", chat=True, tags="colloquial")
D("r10l004", "城管伟牵头的有哪些 大兴", "dx26", "区城市管理委", "lead", chat=True, tags="typo homophone")
D("r10l005", "经信局在密云主责哪些", "my", "区经济和信息化局", "responsible", chat=True, tags="abbrev")
D("r10l006", "21年大兴财政局协办啥", "dx21", "区财政局", "assist", chat=True, tags="abbrev year")
D("r10l007", "@机器人 门头沟卫键委牵头的措施", "mtg", "区卫健委", "lead", chat=True, tags="typo")
D("r10l008", "经开区管委会在全市那个计划里要干哪些", "bj", "北京经济技术开发区管委会", chat=True, tags="abbrev")
D("r10l009", "密云区园林绿化局作为主责单位承担哪些措施？", "my", "区园林绿化局", "responsible")
D("r10l010", "大兴区商务局2026年牵头哪些工作？", "dx26", "区商务局", "lead")

# --- deadline lists
DL("r10l011", "门头沟6月底前要完成的", "mtg", {"op": "due_on_or_before", "value": "2026-06-30"}, chat=True)
DL("r10l012", "大兴今年上半年得干完的有啥", "dx26", {"op": "due_on_or_before", "value": "2026-06-30"},
   chat=True, tags="colloquial")
DL("r10l013", "大兴26年哪些措施没写完成时间", "dx26", {"op": "none_written"}, chat=True)
DL("r10l014", "21年大兴9月底前完成的", "dx21", {"op": "due_on_or_before", "value": "2021-09-30"}, chat=True)
DL("r10l015", "11月15号之前要弄完啥 21年大兴", "dx21", {"op": "due_on_or_before", "value": "2021-11-15"},
   chat=True, tags="colloquial")
DL("r10l016", "市里那个共治计划10月底前的有哪些", "bj", {"op": "due_on_or_before", "value": "2026-10-31"}, chat=True)
DL("r10l017", "门头沟三季度要完的", "mtg", {"op": "due_between", "value": ["2026-07-01", "2026-09-30"]},
   chat=True, tags="quarter")
DL("r10l018", "密云环保局牵头，年底前完成的", "my", {"op": "due_on_or_before", "value": "2026-12-31"},
   unit="区生态环境局", role="lead", chat=True, tags="old_name")
DL("r10l019", "门头沟区完成时限为长期实施的措施有哪些？", "mtg", {"op": "equals", "value": "长期实施"})

# --- short conversations that narrow or move a list
conv("r10l020", ["门头沟住建委牵头哪些工作"],
     D("r10l020x", "那密云呢", "my", "区住房城乡建设委", "lead", chat=True, tags="follow_up"))
conv("r10l021", ["大兴26年水务局的任务有哪些"],
     D("r10l021x", "只看牵头的", "dx26", "区水务局", "lead", chat=True, tags="follow_up"))
conv("r10l022", ["大兴园林绿化局牵头啥"],
     D("r10l022x", "21年的呢", "dx21", "区园林绿化局", "lead", chat=True, tags="follow_up year"))
conv("r10l023", ["密云城管委牵头的有哪些"],
     item("r10l023x", "第三条谁配合", "my", D("r10l023y", "密云城管委牵头的有哪些", "my", "区城市管理委", "lead",
                                              chat=True), 3, "assist", tags="follow_up"))
conv("r10l024", ["我是门头沟区水务局的"],
     D("r10l024x", "我们局牵头的有啥", "mtg", "区水务局", "lead", chat=True, tags="follow_up self"))
conv("r10l025", ["密云6月底前要完成的"],
     DL("r10l025x", "门头沟呢", "mtg", {"op": "due_on_or_before", "value": "2026-06-30"}, chat=True, tags="follow_up"))
