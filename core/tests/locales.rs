//! Vietnamese is the reference locale; English mirrors it id for id and variable for variable.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use rasoat_core::words::i18n::Lang;

/// Message id (and `id.attribute`) → the variables it uses.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for (file, text) in lang.files() {
        let resource = fluent_syntax::parser::parse(*text)
            .unwrap_or_else(|(_, errors)| panic!("{}/{file} does not parse: {errors:?}", lang.code()));
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern_vars(p, &mut vars);
                }
                for a in &m.attributes {
                    pattern_vars(&a.value, &mut vars);
                }
                let previous = out.insert(m.id.name.to_owned(), vars);
                assert!(previous.is_none(), "{}: {} defined twice", lang.code(), m.id.name);
            }
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, vars),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

#[test]
fn english_mirrors_vietnamese_id_for_id_and_variable_for_variable() {
    let vi = messages(Lang::Vi);
    let en = messages(Lang::En);
    let vi_ids: BTreeSet<_> = vi.keys().collect();
    let en_ids: BTreeSet<_> = en.keys().collect();
    assert_eq!(
        vi_ids.difference(&en_ids).collect::<Vec<_>>(),
        Vec::<&&String>::new(),
        "ids only in vi"
    );
    assert_eq!(
        en_ids.difference(&vi_ids).collect::<Vec<_>>(),
        Vec::<&&String>::new(),
        "ids only in en"
    );
    for (id, vars) in &vi {
        assert_eq!(Some(vars), en.get(id), "variables of {id}");
    }
    assert!(vi.contains_key("language-name"));
}

#[test]
fn both_locales_have_the_same_files() {
    let names = |l: Lang| l.files().iter().map(|(f, _)| *f).collect::<Vec<_>>();
    assert_eq!(names(Lang::Vi), names(Lang::En));
}

#[test]
fn every_enumerated_value_has_a_name_in_both_languages() {
    use rasoat_core::rules::household::*;
    use rasoat_core::words::explain::value_id;
    let mut ids = Vec::new();
    let mut add = |kind: &str, values: Vec<&str>| ids.extend(values.into_iter().map(|v| value_id(kind, v)));
    add("area", Area::ALL.iter().map(|v| v.as_str()).collect());
    add("livelihood", Livelihood::ALL.iter().map(|v| v.as_str()).collect());
    add("durability", Durability::ALL.iter().map(|v| v.as_str()).collect());
    add("water", WaterSource::ALL.iter().map(|v| v.as_str()).collect());
    add("latrine", Latrine::ALL.iter().map(|v| v.as_str()).collect());
    add("info", InfoMeans::ALL.iter().map(|v| v.as_str()).collect());
    add("waste", Waste::ALL.iter().map(|v| v.as_str()).collect());
    add("sex", Sex::ALL.iter().map(|v| v.as_str()).collect());
    add("work", Work::ALL.iter().map(|v| v.as_str()).collect());
    add("disability", Disability::ALL.iter().map(|v| v.as_str()).collect());
    add("education", Education::ALL.iter().map(|v| v.as_str()).collect());
    add("schooling", Schooling::ALL.iter().map(|v| v.as_str()).collect());
    add("nutrition", Nutrition::ALL.iter().map(|v| v.as_str()).collect());
    add("income", IncomeKind::ALL.iter().map(|v| v.as_str()).collect());
    add(
        "class",
        rasoat_core::rules::assess::Class::ALL
            .iter()
            .map(|v| v.as_str())
            .collect(),
    );
    add("telecom", vec!["phone", "internet"]);
    add("material", Material::ALL.iter().map(|v| v.as_str()).collect());
    for lang in Lang::ALL {
        let t = rasoat_core::words::i18n::Texts::new(lang);
        for id in &ids {
            assert!(t.has(id), "{}: {id} missing", lang.code());
        }
    }
}

#[test]
fn english_counts_agree_in_number() {
    let t = rasoat_core::words::i18n::Texts::new(Lang::En);
    let count = |id: &str, n: usize| t.get_args(id, &[("count", n.into())]);
    assert_eq!(count("library-count", 1), "1 scenario");
    assert_eq!(count("library-count", 2), "2 scenarios");
    assert_eq!(count("dashboard-unreadable", 1), "One file could not be read:");
    assert_eq!(count("dashboard-unreadable", 3), "3 files could not be read:");
    let report = |files: usize, answers: usize| {
        t.get_args(
            "report-title",
            &[("files", files.into()), ("answers", answers.into())],
        )
    };
    assert_eq!(report(1, 1), "Summary of 1 results file, 1 answer scored.");
    assert_eq!(report(2, 12), "Summary of 2 results files, 12 answers scored.");
}

/// Words an expert reader rejected: calques of English, trainer words no Vietnamese trainer uses,
/// "not yet set" for values that do not exist or are unknown, and a second label for the fourth
/// class. No locale may contain them again.
#[test]
fn no_locale_uses_the_rejected_wording() {
    let banned_vi = [
        "phía bên kia",
        "bộ bài",
        "hạt giống",
        "chưa quy định",
        "không quy định khoảng",
        "không thuộc diện nào",
        "không vượt chuẩn",
        "Phương tiện nghe nhìn",
        "phương tiện nghe nhìn",
        "hố xí chìm",
        "sự thật",
        "Sự thật",
        "gán tay",
        "mẫu số {",
    ];
    let banned_en = ["other side of", "does not define", "deck", "not defined"];
    for (lang, banned) in [(Lang::Vi, &banned_vi[..]), (Lang::En, &banned_en[..])] {
        for (file, text) in lang.files() {
            for word in banned {
                assert!(!text.contains(word), "{}/{file} contains “{word}”", lang.code());
            }
        }
    }
}

/// The standards' rule texts say what the references say: nutrition is stunted *or* underweight;
/// the 2016–2020 information indicator is about assets ("tài sản"), the 2022–2025 one about means
/// ("phương tiện"); water is "hợp vệ sinh" in 2016–2020 and "sạch" from 2022.
#[test]
fn rule_texts_use_the_words_of_each_standard() {
    use rasoat_core::rules::standard::StandardSet;
    use rasoat_core::words::explain::rule_text;
    let set = StandardSet::builtin().expect("standards");
    let t = rasoat_core::words::i18n::Texts::new(Lang::Vi);
    let rule = |standard: &str, id: &str| {
        let s = set.get(standard).expect("standard");
        rule_text(&t, s.indicator(id).expect("indicator"), 2023, s)
    };
    let nutrition = rule("2022-2025", "nutrition");
    assert!(
        nutrition.contains("(chiều cao theo tuổi) hoặc suy dinh dưỡng thể nhẹ cân"),
        "{nutrition}"
    );
    let info16 = rule("2016-2020", "information");
    assert!(
        info16.contains("không có tài sản nào trong số: ti vi, radio, máy vi tính;"),
        "{info16}"
    );
    assert!(!info16.contains("phương tiện"), "{info16}");
    assert!(rule("2022-2025", "information").contains("không có phương tiện nào"));
    assert!(rule("2016-2020", "water").contains("nguồn nước hợp vệ sinh"));
    assert!(rule("2022-2025", "water").contains("nguồn nước sạch"));
    assert!(rule("2022-2025", "health_insurance").contains("từ đủ 6 tuổi trở lên"));
    let telecom16 = rule("2016-2020", "telecom");
    assert!(
        telecom16.contains("thuê bao điện thoại hoặc internet"),
        "{telecom16}"
    );
    let en = rasoat_core::words::i18n::Texts::new(Lang::En);
    let s = set.get("2022-2025").expect("standard");
    let nutrition_en = rule_text(&en, s.indicator("nutrition").expect("nutrition"), 2023, s);
    assert!(nutrition_en.contains(" or "), "{nutrition_en}");
}

/// One day is "1 working day" in English, not "1 working days" (a trainee may post for one day).
#[test]
fn one_working_day_is_singular_in_english() {
    let en = rasoat_core::words::i18n::Texts::new(Lang::En);
    let posted = en.get_args(
        "camp-posted",
        &[
            ("day", "Thursday".into()),
            ("days", 1u32.into()),
            ("places", "x".into()),
        ],
    );
    assert!(posted.contains("for 1 working day at"), "{posted}");
    let check = en.get_args(
        "proc-check-posting-days",
        &[("days", 1u32.into()), ("rule", 3u32.into())],
    );
    assert!(check.starts_with("Posted for 1 working day;"), "{check}");
    let many = en.get_args(
        "proc-check-posting-days",
        &[("days", 2u32.into()), ("rule", 3u32.into())],
    );
    assert!(many.starts_with("Posted for 2 working days;"), "{many}");
}
