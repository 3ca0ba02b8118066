from planbot.retrieval.tokenize import Tokenizer, fold


def test_fold_width_and_case():
    assert fold("ＰＭ２．５和VOCs") == "pm2.5和vocs"


def test_unit_names_stay_whole_and_question_words_go():
    t = Tokenizer(["区住房城乡建设委"], corpus="")
    assert t.tokens("区住房城乡建设委牵头哪些措施？") == ["区住房城乡建设委"]
    assert "归谁" not in t.tokens("渣土车归谁管")


def test_plan_vocabulary_only_where_the_plans_use_it():
    used = Tokenizer(corpus="组织实行渣土车闭环管理")
    assert "渣土车" in used.tokens("渣土车归谁管")
    unused = Tokenizer(corpus="重型车安装远程排放管理车载终端")
    assert "重型柴油车" not in unused.tokens("重型柴油车怎么管")


def test_documents_also_yield_the_parts_of_compounds():
    t = Tokenizer(corpus="大力倡导市民践行文明祭扫")
    doc = t.document_tokens("大力倡导市民践行文明祭扫，弘扬时代新风。")
    assert "祭扫" in doc and "文明" in doc
    assert set(t.tokens("清明祭扫")) & set(doc) == {"祭扫"}


def test_this_item_words_are_no_topic_words():
    from planbot.retrieval.tokenize import Tokenizer

    t = Tokenizer()
    assert not {"这条", "这项", "该项"} & set(t.tokens("“深化扬尘治理”这条谁负责，这项和该项呢"))


def test_asking_when_is_no_topic_word():
    from planbot.retrieval.tokenize import Tokenizer

    t = Tokenizer()
    for q in ("农村污水治理啥时候完成", "农村污水治理何时完成", "农村污水治理多久完成"):
        assert set(t.tokens(q)) <= {"农村", "污水", "治理", "完成"}


def test_chat_filler_and_english_function_words_are_no_topic_words():
    t = Tokenizer()
    words = set(t.tokens("居民总是反映工地扬尘，区里准备怎么管"))
    assert not {"总是", "准备"} & words and {"工地", "扬尘"} <= words
    assert t.tokens("What does the plan say about river cleaning?") == ["river", "cleaning"]


def test_chat_asking_words_are_no_topic_words():
    t = Tokenizer()
    # how staff ask in a chat (讲讲, 咋个弄法, 有何举措, 这事儿, 搞不搞) is not what they ask about
    for q in ("给讲讲锅炉低氮改造", "锅炉低氮改造咋个弄法", "锅炉低氮改造这事儿有何举措", "锅炉低氮改造搞不搞",
              "锅炉低氮改造啥时候弄完"):
        assert set(t.tokens(q)) <= {"锅炉", "低氮", "改造"}, q


def test_hearsay_checking_and_a_rules_modal_are_no_topic_words():
    t = Tokenizer()
    # 听说…是真的吗, 领导问…有人知道吗, 有讲究吗, 必须/一定要/允许吗: how staff ask, never a word of the plans
    for q in ("听说锅炉低氮改造是真的吗", "领导问锅炉低氮改造有人知道吗", "锅炉低氮改造有讲究吗",
              "锅炉必须低氮改造吗", "锅炉一定要低氮改造吗", "锅炉低氮改造允许吗 谢谢"):
        assert set(t.tokens(q)) <= {"锅炉", "低氮", "改造"}, q


def test_a_plan_word_jieba_would_cut_across_stays_whole_where_the_plans_use_it():
    """老旧 is printed (老旧营运货车) but jieba alone cuts 老旧货车 as 老|旧货|车, and 旧货 is a
    staff word for 再生资源: the old lorry read as second-hand goods."""
    assert Tokenizer(corpus="加快推动老旧营运货车淘汰更新").tokens("老旧货车换新能源") == ["老旧", "货车", "换", "新能源"]


def test_english_function_words_are_no_topic_words():
    t = Tokenizer()
    assert t.tokens("what does the plan say about boiler retrofits") == ["boiler", "retrofits"]
    assert t.tokens("Who leads the sewage work and when is it due?") == ["sewage", "work"]


def test_english_asking_nouns_are_no_topic_words():
    # rules, measures, policies say how an English question asks; the plans print none of them
    t = Tokenizer()
    assert t.tokens("any rules on straw burning near villages?") == ["straw", "burning", "villages"]
    assert t.tokens("What measures and policies cover dust from construction sites") == \
        ["cover", "dust", "construction", "sites"]


def test_an_a_not_ab_question_asks_only_about_ab():
    # 罚不罚款, 停不停课, 改没改造: the whole word is the topic, its echoed head and 不 are not
    t = Tokenizer()
    assert t.tokens("渣土车超载罚不罚款") == ["渣土车", "超载", "罚款"]
    assert t.tokens("供暖锅炉改没改造") == ["供暖", "锅炉", "改造"]
    assert t.tokens("货车不停车检测") == ["货车", "不", "停车", "检测"]  # no echoed head: nothing dropped


def test_an_adverb_glued_to_the_echoed_head_goes_with_it():
    # jieba cuts 还管不管 as 还管|不管 and 还治不治 as 还治|不治: the adverb is no topic, the head is the A
    t = Tokenizer()
    assert t.tokens("密云水库还管不管") == ["密云水库"]
    assert t.tokens("河道还治不治") in (["河道"], ["河道", "治"])  # 还治不治 one word, or 还治|不治
    assert "管理" in t.tokens("还管理吗")  # no echo: as cut


def test_the_askers_future_is_no_topic_word():
    # 以后/之后/今后: when in the asker's life, not a word of the plans
    t = Tokenizer()
    assert t.tokens("评上以后还有人巡查吗") == [w for w in t.tokens("评上还有人巡查吗")]
    assert not {"以后", "之后", "今后"} & set(t.tokens("之后咋办 今后怎么管 以后还烧不烧"))


def test_the_askers_past_is_no_topic_word():
    # 当时/那会儿/当初: the same time frame looking back (村里井水不达标 当时咋办的)
    t = Tokenizer()
    assert t.tokens("井水不达标当时咋办的") == t.tokens("井水不达标咋办的")
    assert not {"当时", "那时", "那时候", "当初", "那会儿"} & set(t.tokens("当时谁管 那会儿咋弄 当初那时候怎么定的"))


def test_a_glued_how_is_no_topic_word():
    """咋治 / 咋罚 / 咋查: jieba glues 咋 to the verb; the question's topic is the rest."""
    t = Tokenizer()
    assert t.tokens("秸秆焚烧咋查的") == ["秸秆", "焚烧"]
    assert "咋治" not in t.tokens("黑臭水体咋治") and "黑臭水体" in t.tokens("黑臭水体咋治")
    assert "罚" in t.tokens("超标排放咋罚") or "超标" in t.tokens("超标排放咋罚")


def test_an_asking_verb_glued_to_a_character_leaves_the_character():
    """污水处理|率要|到多少, 碳排放强度|要降|多少: jieba's HMM glues 要 / 是 / 到 to the character
    beside it; the verb asks, the character (率 of 污水处理率) is what was typed."""
    t = Tokenizer()
    words = t.tokens("密云污水处理率要到多少")
    assert "率" in words and "率要" not in words
    assert "降" in t.tokens("碳排放强度要降多少") and "要降" not in t.tokens("碳排放强度要降多少")
    assert "点有" in t.tokens("少产点有要求没")  # 有 asks nothing: as cut

