"""Round 7 chat-style topic questions, weighted to 北京市 2026, 密云 2026 and 门头沟 2026 and to
topics beyond air (water, ecology, carbon, soil, waste, green finance, publicity, enforcement,
technology), asked in everyday words far from the plan text."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv

# --- 北京市 2026 (深化多元协同共治)
T("r7t001", "公园里跳广场舞太吵了，市里计划有没有管这个的", "bj", "003", "系统推进公园娱乐", chat=True, tags="everyday")
T("r7t002", "学校大喇叭广播扰民 北京市咋处理", "bj", "003", "强化校园广播噪声扰民", chat=True, tags="everyday")
T("r7t003", "@机器人 外地风电光伏的电往北京送，市里怎么说的", "bj", "003", "加强从内蒙古", chat=True, tags="everyday")
T("r7t004", "碳减排量交易那摊事 市里有啥安排", "bj", "003", "高标准保障全国温室气体自愿减排交易", chat=True, tags="synonym")
T("r7t005", "what does the Beijing plan say about ESG disclosure", "bj", "003", "支持企业进行环境社会治理", chat=True, tags="english")
T("r7t006", "环评跟排污证能不能一块儿办？", "bj", "003", "两证合一", chat=True, tags="everyday")
T("r7t007", "村里的臭水沟 市级今年咋治", "bj", "003", "强化农村黑臭水体治理", chat=True, tags="everyday")
T("r7t008", "各部门数据打通共享的事，市计划有提吗", "bj", "003", "依托市大数据平台", chat=True, tags="everyday")
T("r7t009", "六五环境日搞宣传活动是哪条", "bj", "003", "办好全国生态日", chat=True, tags="synonym")
T("r7t010", "危废回收再利用有没有搞试点 北京市", "bj", "003", "促进危险废物资源化利用", chat=True, tags="synonym")
T("r7t011", "跟天津河北联合执法查违法的 市里怎么安排", "bj", "003", "继续落实京津冀生态环境联动执法", chat=True, tags="everyday")
T("r7t012", "北京市计划中关于流域上下游突发水污染事件联防联控的措施", "bj", "003", "持续深化流域上下游突发水污染", tags="plan")
# --- 密云 2026
T("r7t013", "密云 修车厂绿色升级咋搞", "my", "002", "加快推进汽修行业创绿升级", chat=True, tags="everyday")
T("r7t014", "密云加油站地下油罐漏油 有措施吗", "my", "002", "核实辖区加油站", chat=True, tags="everyday")
T("r7t015", "清明上坟烧纸 密云管不管", "my", "002", "大力倡导市民践行文明祭扫", chat=True, tags="everyday")
T("r7t016", "银行给环保企业贷款 密云有啥支持", "my", "002", "鼓励金融机构加大", chat=True, tags="synonym")
T("r7t017", "密云 流动加油车卖黑油的怎么打击", "my", "002", "坚决打击非标油", chat=True, tags="everyday")
T("r7t018", "密云污水厂进水太稀 浓度上不去咋办", "my", "002", "北庄镇污水处理厂等9座", chat=True, tags="everyday")
T("r7t019", "密云区 排污口多久查一次", "my", "002", "加强入河排污口长效", chat=True, tags="everyday")
T("r7t020", "密云区饮用水安全状况信息公开的工作措施", "my", "002", "按季度向社会公开区级", tags="plan")
# --- 门头沟 2026
T("r7t021", "门头沟 医院吊瓶的瓶子袋子回收有说吗", "mtg", "001", "推动输液瓶", chat=True, tags="everyday")
T("r7t022", "门头沟 机房耗电太大 节能有要求吗", "mtg", "001", "严格落实新建数据中心能效标准", chat=True, tags="synonym")
T("r7t023", "门头沟 抗菌药这种新污染物 咋管", "mtg", "001", "抗生素生产使用量统计渠道", chat=True, tags="synonym")
T("r7t024", "门头沟 野生葡萄 珍稀植物保护有啥", "mtg", "001", "百花山葡萄野外回归", chat=True, tags="everyday")
T("r7t025", "门头沟墙上种爬藤 屋顶种花园的事", "mtg", "001", "推进建筑物墙面", chat=True, tags="everyday")
T("r7t026", "门头钩 用无人机卫星监管生态的", "mtg", "001", "强化卫星遥感、无人机", chat=True, tags="typo")
T("r7t027", "门头沟区申报世界生物圈保护区的措施", "mtg", "001", "有序推进世界生物圈保护区申报", tags="plan")
# --- 大兴
T("r7t028", "大兴 写字楼外卖盒快递盒回收", "dx26", "000", "快递、外卖数量较多区域", chat=True, tags="everyday")
T("r7t029", "大兴学校装光伏板 搞碳中和校园的", "dx26", "000", "持续推动碳中和示范校联盟建设", chat=True, tags="everyday")
# --- none, near plan topics
N("r7t030", "小区电瓶车充电着火 市里计划管不管", "bj", chat=True, tags="none_near")
N("r7t031", "密云水库边上钓鱼罚不罚款", "my", chat=True, tags="none_near")
N("r7t032", "门头沟 广告牌灯光太亮 光污染有措施没", "mtg", chat=True, tags="none_near")
N("r7t033", "遛狗不拴绳 狗粪满地 北京市计划有说吗", "bj", chat=True, tags="none_near")
N("r7t034", "碳税什么时候开征", None, chat=True, tags="none_near")
