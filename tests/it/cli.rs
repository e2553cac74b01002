//! The command line, run as the real binary: the JSON contract, human output, `check` on
//! malformed files (file:line:column and field, exit code 2, nothing on stdout).

use std::process::Output;

use crate::common;
use common::{rasoat, scratch};

const VALID: &str = r#"format = 1

[household]
area = "rural"
review_year = 2021

[household.dwelling]
wall = "durable"
frame = "non_durable"
roof = "non_durable"
floor_area_m2 = 30.0
water_source = "piped"
latrine = "septic"

[[household.members]]
name = "Lò Văn Páo"
age = 42
sex = "male"
work = "unemployed"
health_insurance = true

[[household.members]]
name = "Lò Thị Mai"
age = 40
sex = "female"
health_insurance = true
uses_internet = true

[[household.members]]
name = "Lò Văn Tú"
age = 12
sex = "male"
schooling = "at_level"

[[household.income]]
source = "agriculture"
monthly_vnd = 2500000

[[household.income]]
source = "wages"
annual_vnd = 22200000
"#;

fn write(dir: &std::path::Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).expect("write");
    p.display().to_string()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn assess_json_follows_the_contract() {
    let dir = scratch("json");
    let f = write(&dir, "ho.toml", VALID);
    let o = rasoat(&["assess", "--json", &f]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("one JSON object");
    // (2,500,000 × 12 + 22,200,000) / 3 / 12 = 1,450,000 a person a month, under the
    // 1,500,000 line. Deprived: employment (Páo is unemployed), health insurance (Tú, 12, has
    // none), housing quality (frame and roof), information (no means, no loudspeaker). 10 m² a
    // person is enough; Mai uses the internet.
    assert_eq!(
        v,
        serde_json::json!({
            "standard": "2022-2025",
            "classification": "poor",
            "deprivation_count": 4,
            "deprived": ["employment", "health_insurance", "housing_quality", "information"],
            "income_per_person_month_vnd": 1450000
        })
    );
    let o = rasoat(&["assess", "--json", "--standard", "2016-2020", &f]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert_eq!(v["standard"], "2016-2020");
    assert_eq!(v["classification"], "average_living_standard");
}

#[test]
fn assess_human_output_is_vietnamese_by_default_and_english_on_request() {
    let dir = scratch("human");
    let f = write(&dir, "ho.toml", VALID);
    let vi = stdout(&rasoat(&["assess", &f]));
    assert!(vi.contains("Kết quả: HỘ NGHÈO"), "{vi}");
    assert!(vi.contains("1.450.000 đồng"), "{vi}");
    assert!(vi.contains("Lò Văn Páo (42 tuổi): thất nghiệp"), "{vi}");
    assert!(
        vi.contains("chưa đối chiếu văn bản gốc"),
        "P rules are marked: {vi}"
    );
    assert!(vi.contains("Nghị định 07/2021/NĐ-CP"), "{vi}");
    let en = stdout(&rasoat(&["assess", "--lang", "en", &f]));
    assert!(en.contains("Result: POOR HOUSEHOLD"), "{en}");
    assert!(en.contains("1,450,000 VND"), "{en}");
    assert!(en.contains("not yet checked against the official text"), "{en}");
}

#[test]
fn compare_explains_what_changed() {
    let dir = scratch("compare");
    // Poor by income alone in 2016–2020 (600,000 a person); under 2022–2025 only employment and
    // health insurance are deprived once the frame is durable and the loudspeakers are heard.
    let text = VALID
        .replace("monthly_vnd = 2500000", "monthly_vnd = 0")
        .replace("annual_vnd = 22200000", "annual_vnd = 21600000")
        .replace("frame = \"non_durable\"", "frame = \"durable\"")
        .replace(
            "latrine = \"septic\"",
            "latrine = \"septic\"\nhears_loudspeaker = true",
        );
    let f = write(&dir, "ho.toml", &text);
    let o = rasoat(&["compare", "--from", "2016-2020", "--to", "2022-2025", &f]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("Xếp loại thay đổi từ hộ nghèo thành hộ cận nghèo"),
        "{out}"
    );
    assert!(
        out.contains("thu nhập từ chuẩn nghèo trở xuống là đủ để xếp hộ nghèo"),
        "{out}"
    );
    assert!(out.contains("Mặt trận Tổ quốc"), "{out}");
    let o = rasoat(&["compare", "--json", &f]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert_eq!(v["from"]["classification"], "poor");
    assert_eq!(v["to"]["classification"], "near_poor");
    let changes = v["changes"].as_array().expect("changes");
    assert!(changes.iter().any(|c| c["change"] == "income_only_rule_removed"));
    assert!(
        changes
            .iter()
            .any(|c| c["change"] == "indicator_added" && c["id"] == "employment" && c["deprived"] == true)
    );
}

#[test]
fn files_saved_by_windows_notepad_load() {
    let dir = scratch("bom");
    let text = format!("\u{feff}{}", VALID.replace('\n', "\r\n"));
    let f = write(&dir, "ho.toml", &text);
    let o = rasoat(&["assess", "--json", &f]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let bad = write(&dir, "bad.toml", &text.replace("age = 42", "age = 142"));
    let err = stderr(&rasoat(&["check", &bad]));
    assert!(err.contains(&format!("{bad}:17:7:")), "{err}");
}

#[test]
fn standards_prints_a_procedure_with_citations_and_marks() {
    let out = stdout(&rasoat(&["standards", "--procedure", "2022-2025"]));
    assert!(
        out.contains("1. Lập danh sách hộ cần rà soát (Nguồn: Quyết định 24/2021/QĐ-TTg, Điều 4 khoản 1)"),
        "{out}"
    );
    assert!(out.contains("ít nhất 50\u{a0}% tổng số người dự họp"), "{out}");
    assert!(out.contains("Mặt trận Tổ quốc"), "{out}");
    // The posting time is not confirmed: shown with the mark.
    assert!(out.contains("3 ngày làm việc; có khiếu nại thì phúc tra (Nguồn: Quyết định 24/2021/QĐ-TTg, Điều 4 khoản 3 — chưa đối chiếu văn bản gốc)"), "{out}");
    assert!(out.contains("Mẫu số 03"), "{out}");
    let en = stdout(&rasoat(&[
        "--lang",
        "en",
        "standards",
        "--procedure",
        "2026-2030",
    ]));
    assert!(en.contains("the procedure of 2022–2025 is used"), "{en}");
    assert!(en.contains("not yet checked against the official text"), "{en}");
    let old = stdout(&rasoat(&[
        "--lang",
        "en",
        "standards",
        "--procedure",
        "2016-2020",
    ]));
    assert!(old.contains("a unified opinion"), "{old}");
    assert!(old.contains("7 working days"), "{old}");
    let bad = rasoat(&["standards", "--procedure", "2099"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn standards_lists_provenance() {
    let out = stdout(&rasoat(&["standards"]));
    assert!(out.contains("2026-2030"));
    assert!(out.contains("[P] waste"), "{out}");
    assert!(
        out.contains("Danh sách chỉ số của chuẩn này là tạm thời"),
        "{out}"
    );
    assert!(out.contains("chuẩn nghèo 700.000 đồng"), "{out}");
    // No "chưa quy định" for a line that does not exist or a band that is unknown.
    assert!(!out.contains("chưa quy định"), "{out}");
    assert!(out.contains("không có chuẩn cận nghèo riêng"), "{out}");
    assert!(out.contains("mức sống trung bình: chưa có thông tin"), "{out}");
    // The average band (S) is cited apart from the confirmed lines.
    assert!(out.contains("Quyết định 59/2015/QĐ-TTg, Điều 1 khoản 1"), "{out}");
    assert!(
        out.contains("Nguồn: Quyết định 59/2015/QĐ-TTg, Điều 2 — theo nguồn thứ cấp"),
        "{out}"
    );
    // 2016–2020 thresholds name where they come from; 2022–2025 thresholds cite the Phụ lục.
    assert!(out.contains("Quyết định 1614/QĐ-TTg"), "{out}");
    assert!(
        out.contains("Phụ lục ban hành kèm theo Nghị định 07/2021/NĐ-CP"),
        "{out}"
    );
    assert!(
        !out.contains("Nghị định 07/2021/NĐ-CP, Điều 3 khoản 1 — chưa đối chiếu"),
        "{out}"
    );
    // The 2026–2030 urban area is named as the decree names it; the working name is marked.
    assert!(out.contains("Khu vực đô thị"), "{out}");
    assert!(
        out.contains("Sử dụng dịch vụ số (internet) (tên gọi tạm)"),
        "{out}"
    );
}

/// Every rule-level change `rasoat compare` prints carries its citation, and each provisional
/// one the visible mark.
#[test]
fn compare_marks_every_rule_change_with_its_provenance() {
    use rasoat::rules::compare::standard_changes;
    use rasoat::rules::standard::{StandardSet, Tag};
    use rasoat::words::i18n::{Lang, Texts};
    let set = StandardSet::builtin().expect("standards");
    let t = Texts::new(Lang::Vi);
    let dir = scratch("compare-marks");
    for (from, to, year) in [
        ("2016-2020", "2022-2025", "2021"),
        ("2022-2025", "2026-2030", "2026"),
    ] {
        let text = VALID.replace("review_year = 2021", &format!("review_year = {year}"));
        let f = write(&dir, &format!("ho-{to}.toml"), &text);
        let o = rasoat(&["compare", "--from", from, "--to", to, &f]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let out = stdout(&o);
        let rules: Vec<&str> = out
            .split(&t.get("cli-compare-rules-heading"))
            .nth(1)
            .expect("a rules section")
            .lines()
            .filter(|l| l.starts_with("  - "))
            .collect();
        let (a, b) = (set.get(from).expect("from"), set.get(to).expect("to"));
        let changes = standard_changes(a, b);
        assert_eq!(rules.len(), changes.len(), "{out}");
        for (line, ch) in rules.iter().zip(&changes) {
            assert!(line.contains("Nguồn: "), "no citation: {line}");
            let p = ch.provenance(a, b);
            assert!(line.contains(&p.source), "{line} does not cite {}", p.source);
            match p.tag {
                Tag::P => assert!(line.contains("chưa đối chiếu văn bản gốc"), "{line}"),
                Tag::S => assert!(line.contains("theo nguồn thứ cấp"), "{line}"),
                Tag::C => assert!(!line.contains("chưa đối chiếu văn bản gốc"), "{line}"),
            }
        }
        assert!(rules.iter().any(|l| l.contains("chưa đối chiếu văn bản gốc")));
        // Household-level lines resting on a provisional rule carry the mark too.
        let h = rasoat::rules::household::parse_household("ho.toml", &text).expect("household");
        let c = rasoat::rules::compare::compare(&h.household, a, b);
        for ch in &c.changes {
            let line = format!("  - {}", rasoat::words::explain::change_text(&t, ch, a, b));
            assert!(out.contains(&line), "{line} not printed:\n{out}");
            if ch.provenance(b).is_some_and(|p| p.tag == Tag::P) {
                assert!(line.contains("chưa đối chiếu văn bản gốc"), "{line}");
            }
        }
    }
}

/// Above the 2026–2030 line the program does not claim a class it cannot know, and the JSON
/// contract keeps its five keys and values.
#[test]
fn above_the_2026_line_the_band_is_said_to_be_unknown() {
    let dir = scratch("band-unknown");
    let text = VALID
        .replace("review_year = 2021", "review_year = 2027")
        .replace("monthly_vnd = 2500000", "monthly_vnd = 9000000");
    let f = write(&dir, "ho.toml", &text);
    let out = stdout(&rasoat(&["assess", &f]));
    assert!(
        out.contains("chương trình chưa xác định được hộ có thuộc diện đó hay không"),
        "{out}"
    );
    assert!(
        out.contains("CHƯA XÁC ĐỊNH ĐƯỢC CÓ PHẢI HỘ CÓ MỨC SỐNG TRUNG BÌNH"),
        "{out}"
    );
    assert!(
        !out.contains("không quy định") && !out.contains("chưa quy định"),
        "{out}"
    );
    let en = stdout(&rasoat(&["assess", "--lang", "en", &f]));
    assert!(en.contains("cannot tell"), "{en}");
    assert!(!en.contains("does not define"), "{en}");
    let o = rasoat(&["assess", "--json", &f]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    let keys: Vec<&String> = v.as_object().expect("object").keys().collect();
    assert_eq!(keys.len(), 5, "{v}");
    assert_eq!(v["classification"], "none");
}

#[test]
fn help_is_in_vietnamese_by_default_and_in_english_on_request() {
    let o = rasoat(&["--help"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(out.contains("Xếp loại một hộ và giải thích từng chỉ số"), "{out}");
    let out = stdout(&rasoat(&["--lang", "en", "--help"]));
    assert!(
        out.contains("Classify one household and explain every indicator"),
        "{out}"
    );
}

/// clap's own words too: headings, placeholders, the help flag and mistakes on the command line.
#[test]
fn clap_words_and_command_line_mistakes_are_in_the_users_language() {
    for args in [vec!["--help"], vec!["generate", "--help"], vec!["help", "check"]] {
        let o = rasoat(&args);
        assert_eq!(o.status.code(), Some(0), "{args:?}");
        let out = stdout(&o);
        assert!(out.contains("Cách dùng: rasoat"), "{args:?}: {out}");
        assert!(
            out.contains("Tùy chọn:") && out.contains("In phần hướng dẫn này"),
            "{out}"
        );
        for english in [
            "Usage:",
            "Options:",
            "[OPTIONS]",
            "Print help",
            "possible values",
            "<DIR>",
        ] {
            assert!(!out.contains(english), "{english} in {args:?}: {out}");
        }
    }
    let out = stdout(&rasoat(&["--help"]));
    assert!(
        out.contains("Các lệnh:") && out.contains("[LỆNH]") && out.contains("In số phiên bản"),
        "{out}"
    );
    // --help and --version keep their meaning.
    assert!(stdout(&rasoat(&["--version"])).starts_with("rasoat "));

    let mistake = |args: &[&str]| {
        let o = rasoat(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        stderr(&o)
    };
    let err = mistake(&["generate", "--count", "2"]);
    assert!(
        err.starts_with("Lỗi: thiếu tham số bắt buộc: --seed <MÃ-BỘ-ĐỀ>"),
        "{err}"
    );
    assert!(
        err.contains("Cách dùng: rasoat generate") && err.contains("thêm --help"),
        "{err}"
    );
    let err = mistake(&["check", "--bogus", "x"]);
    assert!(err.starts_with("Lỗi: không có tùy chọn “--bogus”"), "{err}");
    let err = mistake(&["--lang", "fr", "standards"]);
    assert!(err.contains("“fr”") && err.contains("vi, en"), "{err}");
    let err = mistake(&["frob"]);
    assert!(err.starts_with("Lỗi: không có lệnh “frob”"), "{err}");
    let err = mistake(&["generate", "--seed", "x", "--count", "1"]);
    assert!(
        err.starts_with("Lỗi: giá trị “x” của --seed <MÃ-BỘ-ĐỀ> không hợp lệ"),
        "{err}"
    );

    let err = mistake(&["--lang", "en", "generate", "--count", "2"]);
    assert!(
        err.starts_with("Error: a required argument is missing: --seed <SEED>"),
        "{err}"
    );
    let out = stdout(&rasoat(&["--lang", "en", "report", "--help"]));
    assert!(
        out.contains("Usage: rasoat report [OPTIONS]") && out.contains("Print this help"),
        "{out}"
    );
}

/// Long runs draw a progress bar only on a terminal: into a pipe (a script, a log) nothing but
/// the messages goes to stderr.
#[test]
fn long_runs_write_no_progress_bar_into_a_pipe() {
    let dir = scratch("progress-pipe");
    let out = dir.join("many");
    let o = rasoat(&[
        "generate",
        "--seed",
        "12",
        "--count",
        "250",
        "--out",
        out.to_str().expect("utf-8"),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stderr(&o), "");
    let o = rasoat(&["check", out.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stderr(&o), "");
    assert!(
        stdout(&o).contains("Đã kiểm tra 250 tệp: 250 hợp lệ, 0 có lỗi."),
        "{}",
        stdout(&o)
    );
}

#[test]
fn a_corrected_standards_folder_is_used() {
    let dir = scratch("standards-dir");
    let std_dir = dir.join("standards");
    std::fs::create_dir_all(&std_dir).expect("dir");
    let root = env!("CARGO_MANIFEST_DIR");
    let text = std::fs::read_to_string(format!("{root}/standards/2022-2025.toml")).expect("standard");
    // A trainer moves the rural line below this household's income.
    let text = text.replace("rural = { poverty = 1_500_000", "rural = { poverty = 1_400_000");
    std::fs::write(std_dir.join("2022-2025.toml"), text).expect("write");
    let f = write(&dir, "ho.toml", VALID);
    let o = rasoat(&[
        "assess",
        "--json",
        "--standards",
        &std_dir.display().to_string(),
        &f,
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert_eq!(v["classification"], "average_living_standard");
}

/// (name, text to replace, replacement, expected line, expected field or text in the message)
const MALFORMED: &[(&str, &str, &str, usize, &str)] = &[
    ("syntax", "area = \"rural\"", "area = rural", 4, "TOML"),
    (
        "unknown top-level key",
        "format = 1",
        "format = 1\nversion = 2",
        2,
        "version",
    ),
    (
        "unknown dwelling key",
        "latrine = \"septic\"",
        "latrine = \"septic\"\ntoilet = \"septic\"",
        14,
        "household.dwelling.toilet",
    ),
    (
        "member key typo",
        "work = \"unemployed\"",
        "wrok = \"unemployed\"",
        19,
        "household.members[0].wrok",
    ),
    (
        "bad area",
        "area = \"rural\"",
        "area = \"countryside\"",
        4,
        "household.area",
    ),
    (
        "bad schooling in third member",
        "schooling = \"at_level\"",
        "schooling = \"yes\"",
        33,
        "household.members[2].schooling",
    ),
    (
        "missing sex",
        "age = 40\nsex = \"female\"",
        "age = 40",
        22,
        "household.members[1].sex",
    ),
    (
        "missing dwelling table",
        "[household.dwelling]\n",
        "[household.house]\n",
        7,
        "household.house",
    ),
    (
        "age over 120",
        "age = 42",
        "age = 121",
        17,
        "household.members[0].age",
    ),
    (
        "age months 12",
        "age = 42",
        "age = 42\nage_months = 12",
        18,
        "household.members[0].age_months",
    ),
    (
        "zero floor area",
        "floor_area_m2 = 30.0",
        "floor_area_m2 = 0.0",
        11,
        "household.dwelling.floor_area_m2",
    ),
    (
        "negative floor area",
        "floor_area_m2 = 30.0",
        "floor_area_m2 = -5.0",
        11,
        "household.dwelling.floor_area_m2",
    ),
    (
        "both monthly and annual",
        "monthly_vnd = 2500000",
        "monthly_vnd = 2500000\nannual_vnd = 1",
        35,
        "household.income[0]",
    ),
    (
        "neither monthly nor annual",
        "annual_vnd = 22200000\n",
        "",
        39,
        "household.income[1]",
    ),
    (
        "negative amount",
        "monthly_vnd = 2500000",
        "monthly_vnd = -2500000",
        37,
        "household.income[0].monthly_vnd",
    ),
    (
        "review year too early",
        "review_year = 2021",
        "review_year = 2015",
        5,
        "household.review_year",
    ),
    ("format 2", "format = 1", "format = 2", 1, "format"),
    (
        "age as text",
        "age = 42",
        "age = \"bốn mươi hai\"",
        17,
        "household.members[0].age",
    ),
    (
        "empty name",
        "name = \"Lò Thị Mai\"",
        "name = \"  \"",
        23,
        "household.members[1].name",
    ),
    (
        "bad info means",
        "latrine = \"septic\"",
        "latrine = \"septic\"\ninfo_means = [\"tv\", \"fridge\"]",
        14,
        "household.dwelling.info_means",
    ),
    ("duplicate key", "age = 42", "age = 42\nage = 43", 18, "age"),
    (
        "bad income source",
        "source = \"wages\"",
        "source = \"salary\"",
        40,
        "household.income[1].source",
    ),
    (
        "no members",
        "[[household.members]]\nname = \"Lò Văn Páo\"",
        "[[household.helpers]]\nname = \"Lò Văn Páo\"",
        15,
        "household.helpers",
    ),
];

#[test]
fn every_kind_of_malformed_file_is_located_with_exit_code_2() {
    let dir = scratch("malformed");
    assert!(MALFORMED.len() >= 15);
    for (i, (name, from, to, line, field)) in MALFORMED.iter().enumerate() {
        assert!(VALID.contains(from), "{name}: fixture text not found");
        let text = VALID.replacen(from, to, 1);
        let f = write(&dir, &format!("bad-{i:02}.toml"), &text);
        for args in [vec!["check", f.as_str()], vec!["assess", "--json", f.as_str()]] {
            let o = rasoat(&args);
            let err = stderr(&o);
            assert_eq!(o.status.code(), Some(2), "{name}: exit code; stderr: {err}");
            assert!(
                args[0] == "check" || o.stdout.is_empty(),
                "{name}: nothing on stdout for assess"
            );
            let located = format!("{f}:{line}:");
            assert!(err.contains(&located), "{name}: expected {located} in: {err}");
            assert!(err.contains(field), "{name}: expected field {field} in: {err}");
            assert!(!err.contains("panicked"), "{name}: {err}");
        }
    }
}

#[test]
fn unknown_enumerated_values_list_the_allowed_ones() {
    let dir = scratch("allowed");
    let f = write(
        &dir,
        "ho.toml",
        &VALID.replace("latrine = \"septic\"", "latrine = \"flush\""),
    );
    let err = stderr(&rasoat(&["check", &f]));
    for v in [
        "septic",
        "semi_septic",
        "pour_flush",
        "ventilated_pit",
        "double_vault",
        "pit_without_slab",
        "hanging",
        "none",
        "other",
    ] {
        assert!(err.contains(v), "{v} missing from: {err}");
    }
    let err = stderr(&rasoat(&["check", "--lang", "en", &f]));
    assert!(err.contains("Allowed values"), "{err}");
}

#[test]
fn check_walks_folders_and_summarises() {
    let dir = scratch("check-folder");
    std::fs::create_dir_all(dir.join("sub")).expect("dir");
    write(&dir, "a.toml", VALID);
    write(&dir.join("sub"), "b.toml", VALID);
    write(
        &dir.join("sub"),
        "c.toml",
        &VALID.replace("age = 42", "age = 200"),
    );
    write(&dir, "notes.txt", "not a household");
    let o = rasoat(&["check", &dir.display().to_string()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stdout(&o).contains("Đã kiểm tra 3 tệp: 2 hợp lệ, 1 có lỗi."),
        "{}",
        stdout(&o)
    );
    std::fs::remove_file(dir.join("sub").join("c.toml")).expect("rm");
    let o = rasoat(&["check", &dir.display().to_string()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn unreadable_inputs_exit_2_without_panicking() {
    let dir = scratch("unreadable");
    let bin = dir.join("binary.toml");
    std::fs::write(&bin, [0xff, 0xfe, 0x00, 0x41]).expect("write");
    let cases: Vec<Vec<String>> = vec![
        vec!["assess".into(), bin.display().to_string()],
        vec!["assess".into(), dir.join("missing.toml").display().to_string()],
        vec!["assess".into(), dir.display().to_string()],
        vec![
            "assess".into(),
            "--standard".into(),
            "2030-2035".into(),
            write(&dir, "ok.toml", VALID),
        ],
        vec!["check".into(), dir.join("nothing-here").display().to_string()],
        vec!["assess".into(), "--bogus".into()],
        vec![
            "assess".into(),
            "--standards".into(),
            dir.join("none").display().to_string(),
            write(&dir, "ok2.toml", VALID),
        ],
    ];
    for args in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let o = rasoat(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(o.stdout.is_empty(), "{args:?}: stdout must be empty");
        assert!(
            !stderr(&o).is_empty() && !stderr(&o).contains("panicked"),
            "{args:?}: {}",
            stderr(&o)
        );
    }
}

/// `rasoat-cli` (the console program shipped beside the Windows `rasoat.exe`) runs the same
/// command line.
#[test]
fn the_console_program_runs_the_same_commands() {
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_rasoat-cli"))
        .args(["standards"])
        .env("RASOAT_LANG", "vi")
        .output()
        .expect("rasoat-cli runs");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), stdout(&rasoat(&["standards"])));
}

/// `rasoat-cli village …` runs `rasoat village …` beside it (the console program carries no
/// graphics); alone in a folder it says which program it needs, in the language asked for.
#[test]
fn the_console_program_opens_the_village_through_the_window_program_beside_it() {
    let cli = |program: &std::path::Path, args: &[&str]| {
        std::process::Command::new(program)
            .args(args)
            .env_remove("RASOAT_LANG")
            .output()
            .expect("rasoat-cli runs")
    };
    let beside = std::path::PathBuf::from(env!("CARGO_BIN_EXE_rasoat-cli"));
    let o = cli(&beside, &["village", "--list"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), stdout(&rasoat(&["village", "--list"])));
    let alone = scratch("cli-alone").join(beside.file_name().expect("name"));
    std::fs::copy(&beside, &alone).expect("copy");
    let o = cli(&alone, &["village", "--list"]);
    assert_eq!(o.status.code(), Some(2));
    let t = rasoat::words::i18n::Texts::new(rasoat::words::i18n::Lang::Vi);
    let expected = t.get_args(
        "cli-error-village-program",
        &[("program", "rasoat".into()), ("reason", "".into())],
    );
    let head = expected.split("Chi tiết:").next().unwrap_or_default();
    assert!(stderr(&o).starts_with(head), "{}", stderr(&o));
    let o = cli(&alone, &["village", "--lang", "en", "--list"]);
    assert!(stderr(&o).starts_with("Could not run rasoat"), "{}", stderr(&o));
}

#[test]
fn village_list_names_the_built_in_villages() {
    let o = rasoat(&["village", "--list"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    for (id, name) in [
        ("ban-na-luong", "Bản Nà Lường"),
        ("thon-dong-tien", "Thôn Đông Tiến"),
        ("to-dan-pho-so-7", "Tổ dân phố số 7"),
    ] {
        assert!(out.contains(id) && out.contains(name), "{out}");
    }
    let en = rasoat(&["--lang", "en", "village", "--list"]);
    assert!(stdout(&en).contains("Na Luong hamlet"));
}

#[test]
fn a_bad_village_file_is_located_and_exits_2_before_any_window() {
    let dir = scratch("cli-village");
    let path = write(
        &dir,
        "v.toml",
        "format = 1\n\n[village]\nid = \"v\"\nname = { vi = \"Thôn\", en = \"\" }\nkind = \"thon\"\nplace = { vi = \"\", en = \"\" }\narea = \"rural\"\nterrain = \"delta\"\nregion = \"red_river_delta\"\nstandard = \"2022-2025\"\nreview_year = 2023\n\n[households]\nscenarios = [\"khong-co-tinh-huong-nay\"]\n",
    );
    let o = rasoat(&["village", "--village", &path]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stdout(&o).is_empty());
    let e = stderr(&o);
    assert!(
        e.contains("v.toml:15:") && e.contains("households.scenarios[0]"),
        "{e}"
    );
    let o = rasoat(&["village", "--seed", "7", "--standard", "1990"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("1990"));
    let o = rasoat(&["village", "--builtin", "khong-co"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("ban-na-luong"), "{}", stderr(&o));
}

/// `check` knows village files: they are checked against the built-in library and the scenarios
/// checked with them, and a `[[review]]` for a home the village does not have is located.
#[test]
fn check_reads_village_files() {
    let dir = scratch("check-village");
    let village = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("villages/thon-dong-tien.toml"),
    )
    .expect("village");
    let ok = write(&dir, "ok.toml", &village);
    let out = rasoat(&["check", &ok]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bad = village + "\n[[review]]\nhome = \"thon-dong-tien-gen-202-099\"\nprevious = \"poor\"\n";
    let line = bad.lines().count() - 1;
    let bad = write(&dir, "bad.toml", &bad);
    let out = rasoat(&["check", &bad]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("{bad}:{line}:")), "{err}");
    assert!(err.contains("thon-dong-tien-gen-202-099"), "{err}");
}

/// `rasoat standards` says which standard a review year gets, each reading with its mark: 2021 →
/// 2022–2025 rests on secondary sources, 2026 → 2026–2030 is provisional, and in those first
/// years only the periodic review applies the new standard.
#[test]
fn standards_say_which_review_year_gets_which_standard_with_its_mark() {
    let out = stdout(&rasoat(&["standards"]));
    let line = |start: &str| {
        out.lines()
            .find(|l| l.trim_start().starts_with(start))
            .unwrap_or_else(|| panic!("no line starting {start:?} in {out}"))
            .to_owned()
    };
    let y2021 = line("Năm rà soát 2021:");
    assert!(
        y2021.contains("chỉ kỳ rà soát định kỳ cuối năm (lập danh sách năm 2022)"),
        "{y2021}"
    );
    assert!(y2021.contains("theo nguồn thứ cấp"), "{y2021}");
    let y2026 = line("Năm rà soát 2026:");
    assert!(y2026.contains("chưa đối chiếu văn bản gốc"), "{y2026}");
    assert!(y2026.contains("Nghị định 351/2025/NĐ-CP"), "{y2026}");
    let later = line("Áp dụng mặc định cho năm rà soát 2022–2025");
    assert!(
        later.contains("Nguồn: Nghị định 07/2021/NĐ-CP") && !later.contains("—"),
        "{later}"
    );
    assert!(
        out.contains("Áp dụng mặc định cho năm rà soát 2027–2030"),
        "{out}"
    );
    assert!(
        out.contains("Áp dụng mặc định cho năm rà soát 2016–2020"),
        "{out}"
    );
    // The low-income worker band of Nghị định 30/2025 (S), shown, not used to classify.
    assert!(
        out.lines().any(|l| l.contains("Người lao động có thu nhập thấp")
            && l.contains("2.250.000")
            && l.contains("3.000.000")
            && l.contains("Nghị định 30/2025/NĐ-CP — theo nguồn thứ cấp")),
        "{out}"
    );
    let en = stdout(&rasoat(&["--lang", "en", "standards"]));
    assert!(
        en.lines()
            .any(|l| l.contains("Review year 2021: only the periodic review")
                && l.contains("from secondary sources")),
        "{en}"
    );
    assert!(
        en.lines()
            .any(|l| l.contains("Review year 2026: only the periodic review")
                && l.contains("not yet checked against the official text")),
        "{en}"
    );
}

/// 2016–2020's in-year review: 7 working days from receiving the household's request (not from the
/// review's start, which is QĐ 24's 15 days), named as the procedure names it, with what rests on
/// Thông tư 17/2016 before Thông tư 14/2018 took effect marked.
#[test]
fn the_2016_2020_decision_time_runs_from_the_request() {
    let old = stdout(&rasoat(&["standards", "--procedure", "2016-2020"]));
    assert!(
        old.contains("quyết định trong 7 ngày làm việc kể từ ngày nhận giấy đề nghị của hộ"),
        "{old}"
    );
    assert!(!old.contains("kể từ ngày bắt đầu rà soát"), "{old}");
    // The amendment's date is confirmed; what came before it is not.
    assert!(
        old.lines().any(
            |l| l.contains("Thông tư 14/2018/TT-BLĐTBXH có hiệu lực từ ngày 10/11/2018")
                && l.ends_with("(Nguồn: Thông tư 14/2018/TT-BLĐTBXH).")
        ),
        "{old}"
    );
    assert!(
        old.lines().any(|l| l
            .starts_with("Việc rà soát trước ngày 10/11/2018 theo văn bản khi mới ban hành")
            && l.contains("Nguồn: Thông tư 17/2016/TT-BLĐTBXH — chưa đối chiếu văn bản gốc")),
        "{old}"
    );
    assert!(old.contains("bản tóm tắt đã đọc không nêu họp dân"), "{old}");
    assert!(!old.contains("Không có quy định mời"), "{old}");
    let new = stdout(&rasoat(&["standards", "--procedure", "2022-2025"]));
    assert!(
        new.contains("quyết định trong 15 ngày (tính cả thứ Bảy, Chủ nhật) kể từ ngày bắt đầu rà soát"),
        "{new}"
    );
    assert!(!new.contains("kể từ ngày nhận giấy đề nghị"), "{new}");
    // The reporting deadlines (shown, not practised).
    assert!(
        new.lines().any(
            |l| l.contains("Báo cáo kết quả: ngày 5 hằng tháng (từ tháng 2 đến tháng 9)")
                && l.contains("trước ngày 15/11")
                && l.contains("trước ngày 20/12")
                && l.contains("Quyết định 24/2021/QĐ-TTg, Điều 7")
        ),
        "{new}"
    );
    // The regular review's missing report step is a reading, marked.
    assert!(
        new.lines()
            .any(|l| l.contains("không có bước báo cáo") && l.contains("chưa đối chiếu văn bản gốc")),
        "{new}"
    );
    let compare = stdout(&rasoat(&[
        "--lang",
        "en",
        "standards",
        "--procedure",
        "2016-2020",
    ]));
    assert!(
        compare.contains("7 working days of receiving the household's request"),
        "{compare}"
    );
}

/// A village that names a library household of another review year is valid, with a located
/// warning; a village that says it mixes years on purpose gets none; the built-in villages none.
#[test]
fn check_warns_of_village_households_of_another_year() {
    let dir = scratch("check-village-years");
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let builtin = rasoat(&["check", &root.join("villages").display().to_string()]);
    assert_eq!(builtin.status.code(), Some(0), "{}", stderr(&builtin));
    assert!(stderr(&builtin).is_empty(), "{}", stderr(&builtin));
    let village = std::fs::read_to_string(root.join("villages/thon-dong-tien.toml")).expect("village");
    let mixed = village.replace(
        "    \"hung-yen-half-dependants-2023\",\n",
        "    \"hung-yen-half-dependants-2023\",\n    \"thai-binh-elderly-couple-2022\",\n",
    );
    assert_ne!(mixed, village);
    let path = write(&dir, "mixed.toml", &mixed);
    let line = mixed
        .lines()
        .position(|l| l.contains("thai-binh-elderly-couple-2022"))
        .expect("as written")
        + 1;
    let o = rasoat(&["check", &path]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let e = stderr(&o);
    assert!(e.contains(&format!("{path}:{line}:")), "{e}");
    assert!(
        e.contains("thai-binh-elderly-couple-2022") && e.contains("2022") && e.contains("(2023)"),
        "{e}"
    );
    assert!(e.contains("cảnh báo"), "{e}");
    let on_purpose = mixed.replace("review_year = 2023\n", "review_year = 2023\nmixed_years = true\n");
    let path = write(&dir, "on-purpose.toml", &on_purpose);
    let o = rasoat(&["check", &path]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
}
