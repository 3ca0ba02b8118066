from planbot.bot.answers import measure_json
from planbot.index.parse import bundled_plans_dir, load_catalog, parse_file


def test_measure_json_is_the_models_own_json_form():
    plans = bundled_plans_dir()
    catalog = load_catalog(plans)
    for path in sorted(plans.glob("*.txt")):
        for m in parse_file(path, catalog).measures:
            assert measure_json(m) == m.model_dump(mode="json")


def test_every_field_asked_gets_its_line_once():
    from planbot.bot.answers import attribute_lines
    from planbot.index.models import Measure

    m = Measure(id="000#001", doc="000_x.txt", issuer="大兴区", year=2026, text="推动搅拌站叉车新能源化。",
                deadline="年底前", lead=["区经济和信息化局"], assist=["区生态环境局"], line=1)
    assert attribute_lines(m, ("lead", "deadline")) == ["牵头单位：区经济和信息化局", "完成时限：年底前"]
    assert attribute_lines(m, ("any", "lead")) == ["牵头单位：区经济和信息化局", "协办单位：区生态环境局"]
    assert attribute_lines(m, ("responsible",)) == ["责任单位/主责单位：未列明"]
    assert attribute_lines(m.model_copy(update={"deadline": None}), ("deadline",)) == ["完成时限：未列明"]
