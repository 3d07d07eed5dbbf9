//! What a night, a font or a template may cost, through the real binary: a night too
//! big to print is refused by `check` where it says so, and its problems are found in
//! time linear in the file; a calendar carries any title as text, never as a new event;
//! a font that is a pipe or a device is refused at once; a template that doubles a
//! string stops before it fills the memory; nothing is written or left behind outside
//! the output folder's own files.

use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::harness::{command, expect, run};
use crate::nights::night_project;

const NIGHT: &str = "nights/love-with-a-deadline.yaml";

/// The shipped double feature with `from` replaced by `to`.
fn night_with(dir: &Path, from: &str, to: &str) {
    let path = dir.join(NIGHT);
    let text = std::fs::read_to_string(&path).unwrap();
    let changed = text.replace(from, to);
    assert_ne!(text, changed, "the shipped night no longer says {from:?}");
    std::fs::write(&path, changed).unwrap();
}

/// Runs the binary in `dir` and returns its exit code, its stderr and the most memory it
/// held (its peak resident set, in bytes), read from the kernel when it ends.
#[expect(clippy::zombie_processes, reason = "the child is reaped by `wait4`, which std cannot see")]
fn run_measured(dir: &Path, args: &[&str]) -> (Option<i32>, String, u64) {
    let mut child = command(dir).args(args).stdout(Stdio::null()).stderr(Stdio::piped()).spawn().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = std::io::Read::read_to_string(&mut stderr, &mut text);
        text
    });
    let pid = libc::pid_t::try_from(child.id()).unwrap();
    let mut status = 0;
    // SAFETY: an all-zero `rusage` is a valid value of this plain C struct.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let started = Instant::now();
    loop {
        // SAFETY: `pid` is this process's own child, not yet reaped; both pointers are to
        // live locals. std's `wait` gives no resource usage, so the child is reaped here.
        let reaped = unsafe { libc::wait4(pid, &raw mut status, libc::WNOHANG, &raw mut usage) };
        if reaped == pid {
            break;
        }
        assert_eq!(reaped, 0, "wait4 failed");
        if started.elapsed() > Duration::from_secs(30) {
            // A hang is a failure, not a stuck suite.
            let _ = child.kill();
            // SAFETY: as above; this reaps the killed child.
            unsafe { libc::wait4(pid, &raw mut status, 0, &raw mut usage) };
            panic!("{args:?} did not end in 30 s");
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let code = libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status));
    // Linux gives the peak in kilobytes.
    let peak = u64::try_from(usage.ru_maxrss).unwrap() * 1024;
    (code, reader.join().unwrap(), peak)
}

#[test]
fn a_night_too_big_to_print_is_refused_by_check_where_it_says_so() {
    let dir = night_project();
    let films: Vec<String> = (0..50).map(|i| ["her", "moon", "never-let-me-go"][i % 3].to_string()).collect();
    night_with(dir.path(), "films: [never-let-me-go, her]", &format!("films: [{}]", films.join(", ")));
    night_with(dir.path(), "people: 18\n", "people: 496\n");
    let (code, said, peak) = run_measured(dir.path(), &["check", NIGHT]);
    assert_eq!(code, Some(1), "{said}");
    assert!(said.contains("50 films in one evening"), "{said}");
    assert!(said.contains(&format!("{NIGHT}:20:")), "not located at the films line: {said}");
    assert!(peak < 500 << 20, "check held {} MB", peak >> 20);
    // Within the films limit, too many copies for one pack.
    night_with(dir.path(), &format!("films: [{}]", films.join(", ")), "films: [her, moon, never-let-me-go, her, moon]");
    let said = expect(&run(dir.path(), &["check", NIGHT]), 1);
    assert!(said.contains("2500 documents, more than 2000"), "{said}");
    // A build writes nothing for it.
    let (code, said, peak) = run_measured(dir.path(), &["build", "--quiet"]);
    assert_eq!(code, Some(1), "{said}");
    assert!(!dir.path().join("out/nights/love-with-a-deadline/pack.pdf").exists());
    assert!(peak < 500 << 20, "build held {} MB", peak >> 20);
}

#[test]
fn thousands_of_unknown_films_are_reported_quickly_and_capped() {
    let dir = night_project();
    // Two thousand unknown slugs on one line, and as many evenings naming one each.
    let slugs: Vec<String> = (0..2000).map(|i| format!("no-such-film-{i}")).collect();
    night_with(dir.path(), "films: [never-let-me-go, her]", &format!("films: [{}]", slugs.join(", ")));
    let evenings: String = (0..2000)
        .map(|i| format!("  - {{ date: 2030-01-01, start: \"19:00\", films: [no-such-film-{i}] }}\n"))
        .collect();
    std::fs::write(
        dir.path().join("nights/many.yaml"),
        format!("title: Many\nplace: Hall\npeople: 10\nevenings:\n{evenings}"),
    )
    .unwrap();
    for night in [NIGHT, "nights/many.yaml"] {
        let started = Instant::now();
        let said = expect(&run(dir.path(), &["check", night]), 1);
        assert!(started.elapsed() < Duration::from_secs(2), "{night} took {:?}", started.elapsed());
        let errors = said.matches("error[").count();
        assert!((1..=101).contains(&errors), "{night}: {errors} errors");
    }
}

/// The calendar of the shipped night, read back by a strict parser: the value of `name`
/// in its only event (or in the calendar, for `NAME`), and how many events it holds.
fn calendar(dir: &Path) -> (String, String, usize) {
    let text = std::fs::read_to_string(dir.join("out/nights/love-with-a-deadline/night.ics")).unwrap();
    assert!(text.lines().all(|l| l.len() <= 75), "a line longer than RFC 5545 allows:\n{text}");
    let unfolded = icalendar::parser::unfold(&text);
    let calendar = icalendar::parser::read_calendar(&unfolded).expect("a strict parser reads it");
    let name = calendar.properties.iter().find(|p| p.name == "NAME").map(|p| p.val.to_string()).unwrap_or_default();
    let events: Vec<_> = calendar.components.iter().filter(|c| c.name == "VEVENT").collect();
    let summary = events[0].properties.iter().find(|p| p.name == "SUMMARY").map(|p| p.val.to_string());
    (name, summary.unwrap_or_default(), events.len())
}

#[test]
fn a_title_is_text_in_the_calendar_never_a_new_event() {
    let dir = night_project();
    let title = r"Love, death; and a long title, with commas; semicolons and a \ backslash";
    let escaped_yaml = title.replace('\\', "\\\\");
    night_with(dir.path(), "title: \"Love with a deadline: a double feature\"", &format!("title: \"{escaped_yaml}\""));
    expect(&run(dir.path(), &["build", "--quiet"]), 0);
    let (name, summary, events) = calendar(dir.path());
    assert_eq!(events, 1);
    // The parser leaves RFC 5545 escapes in place: undo them as a calendar program does.
    let unescape = |s: &str| s.replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\");
    assert_eq!(unescape(&name), title);
    assert!(unescape(&summary).starts_with(title), "{summary}");

    // A line break in a one-line field is refused, with where it is.
    let injected = "title: \"Love\\nEND:VEVENT\\nBEGIN:VEVENT\\nSUMMARY:Free pizza\"";
    for (field, value) in
        [("title", injected.to_string()), ("place", "place: \"Hall\\r\\nLOCATION:Elsewhere\"".to_string())]
    {
        let dir = night_project();
        let line = std::fs::read_to_string(dir.path().join(NIGHT))
            .unwrap()
            .lines()
            .find(|l| l.starts_with(&format!("{field}:")))
            .unwrap()
            .to_string();
        night_with(dir.path(), &line, &value);
        let said = expect(&run(dir.path(), &["check", NIGHT]), 1);
        assert!(said.contains(&format!("{NIGHT}:")) && said.contains(field), "{field}: {said}");
    }
}

#[test]
fn dates_are_written_one_way_in_a_calendar_year() {
    for date in ["0000-01-01", "+2027-01-01", "2027-1-5", "9999-12-31", "2201-01-01", "1899-12-31", "2027-02-30"] {
        let dir = night_project();
        night_with(dir.path(), "date: 2027-01-16", &format!("date: \"{date}\""));
        let said = expect(&run(dir.path(), &["check", NIGHT]), 1);
        assert!(said.contains(&format!("{NIGHT}:17:")), "{date}: {said}");
    }
    // The last evening there can be ends on the next day, in the calendar too.
    let dir = night_project();
    night_with(dir.path(), "date: 2027-01-16", "date: 2200-12-31");
    night_with(dir.path(), "start: \"15:00\"\n    end: \"22:30\"", "start: \"23:30\"");
    expect(&run(dir.path(), &["build", "--quiet"]), 0);
    let text = std::fs::read_to_string(dir.path().join("out/nights/love-with-a-deadline/night.ics")).unwrap();
    assert!(text.contains("DTSTART:22001231T233000"), "{text}");
    assert!(text.contains("DTEND:22010101T"), "{text}");
}

#[test]
fn a_font_that_is_a_pipe_a_device_or_a_folder_is_refused_at_once() {
    let dir = night_project();
    let pipe = dir.path().join("font.ttf");
    assert!(std::process::Command::new("mkfifo").arg(&pipe).status().unwrap().success());
    let folder = dir.path().join("fonts");
    std::fs::create_dir(&folder).unwrap();
    for font in [pipe.to_str().unwrap(), "/dev/zero", folder.to_str().unwrap()] {
        for command in [vec!["check", "--font", font], vec!["build", "--font", font]] {
            let started = Instant::now();
            let (code, said, _) = run_measured(dir.path(), &command);
            assert_eq!(code, Some(2), "{command:?}: {said}");
            assert!(started.elapsed() < Duration::from_secs(1), "{command:?} took {:?}", started.elapsed());
            assert!(said.contains("not a regular file") || said.contains("folder"), "{command:?}: {said}");
        }
        std::fs::write(dir.path().join("reelguide.yaml"), format!("fonts: [\"{font}\"]\n")).unwrap();
        let started = Instant::now();
        let (code, said, _) = run_measured(dir.path(), &["build"]);
        assert_eq!(code, Some(2), "fonts: {font}: {said}");
        assert!(started.elapsed() < Duration::from_secs(1), "fonts: {font} took {:?}", started.elapsed());
        std::fs::remove_file(dir.path().join("reelguide.yaml")).unwrap();
    }
    assert!(!dir.path().join("out").exists(), "something was written");
}

#[test]
fn a_template_that_doubles_a_string_stops_before_it_fills_the_memory() {
    let dir = night_project();
    let templates = dir.path().join("templates");
    std::fs::create_dir(&templates).unwrap();
    let doubling = format!("{{% set s = \"xxxxxxxx\" %}}\n{}{{{{ s }}}}\n", "{% set s = s ~ s %}\n".repeat(40));
    std::fs::write(templates.join("handout.html"), doubling).unwrap();
    let (code, said, peak) = run_measured(dir.path(), &["build", "--format", "html", "--templates", "templates"]);
    assert_eq!(code, Some(1), "{said}");
    assert!(said.contains("error[template]"), "{said}");
    assert!(peak < 500 << 20, "the build held {} MB", peak >> 20);
}

#[test]
fn nights_are_written_only_inside_the_output_folder_and_their_leftovers_swept() {
    let dir = night_project();
    let elsewhere = dir.path().join("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    std::fs::create_dir(dir.path().join("out")).unwrap();
    std::os::unix::fs::symlink(&elsewhere, dir.path().join("out/nights")).unwrap();
    let said = expect(&run(dir.path(), &["build", "--quiet"]), 1);
    assert!(said.contains("out/nights: it is a symbolic link"), "{said}");
    assert_eq!(std::fs::read_dir(&elsewhere).unwrap().count(), 0, "written through the link");
    assert!(dir.path().join("out/moon/handout.pdf").is_file(), "the films were not built");

    // A temporary file a killed build left in a night's folder is gone after the next.
    std::fs::remove_file(dir.path().join("out/nights")).unwrap();
    expect(&run(dir.path(), &["build", "--quiet"]), 0);
    let left = dir.path().join("out/nights/love-with-a-deadline/.reelguide-tmp-killed");
    std::fs::write(&left, b"half a pack").unwrap();
    expect(&run(dir.path(), &["build", "--quiet"]), 0);
    assert!(!left.exists(), "the leftover was not swept");
}
