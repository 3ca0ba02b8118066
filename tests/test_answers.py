from planbot.bot.answers import measure_json
from planbot.index.parse import bundled_plans_dir, load_catalog, parse_file


def test_measure_json_is_the_models_own_json_form():
    plans = bundled_plans_dir()
    catalog = load_catalog(plans)
    for path in sorted(plans.glob("*.txt")):
        for m in parse_file(path, catalog).measures:
            assert measure_json(m) == m.model_dump(mode="json")
