//! `reelguide serve` through the real binary: it serves the built pages over HTTP, builds
//! again when a record is saved (and only then: reading files starts no build), shows a
//! broken record's problems in the page, and answers only this machine's browser, only
//! with what is inside the output folder, whatever another client does.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use crate::harness::command;
use crate::nights::night_project;

/// The response to the raw `request` on `port`, read to its end (at most ten seconds).
fn exchange(port: u16, request: &str) -> String {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("the server accepts");
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response);
    String::from_utf8_lossy(&response).into_owned()
}

/// The status line and body of `method path` on `port`, asked as `host`.
fn ask(port: u16, method: &str, path: &str, host: &str) -> (String, String) {
    let response = exchange(port, &format!("{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"));
    let (head, body) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
    (head.lines().next().unwrap_or_default().to_string(), body.to_string())
}

/// The body of `GET path` on `port`.
fn get(port: u16, path: &str) -> String {
    ask(port, "GET", path, "localhost").1
}

/// Polls `path` until its body contains `wanted`, for at most ten seconds.
fn eventually(port: u16, path: &str, wanted: &str) -> String {
    let started = Instant::now();
    loop {
        let body = get(port, path);
        if body.contains(wanted) || started.elapsed() > Duration::from_secs(10) {
            return body;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// A running `serve`, stopped when dropped.
struct Server {
    child: Child,
    port: u16,
}

impl Server {
    /// `serve` started in `dir`, once it has said where it listens.
    fn start(dir: &std::path::Path) -> Server {
        let child = command(dir).args(["serve"]).stderr(Stdio::piped()).stdout(Stdio::null()).spawn().unwrap();
        let mut server = Server { child, port: 0 };
        let stderr = BufReader::new(server.child.stderr.take().unwrap());
        for line in stderr.lines() {
            let line = line.unwrap();
            if let Some(at) = line.find("http://127.0.0.1:") {
                let rest = &line[at + "http://127.0.0.1:".len()..];
                server.port = rest[..rest.find('/').unwrap()].parse().unwrap();
                break;
            }
        }
        assert_ne!(server.port, 0, "the server said no address");
        server
    }

    /// How many builds the server has finished.
    fn version(&self) -> String {
        get(self.port, "/__reelguide/version")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn serve_rebuilds_a_saved_record_and_shows_a_broken_one_in_the_page() {
    let dir = night_project();
    let server = Server::start(dir.path());
    let port = server.port;

    let page = get(port, "/moon/handout.html");
    assert!(page.contains("What is the longest you have gone without seeing anyone you love?"), "{page}");
    assert!(page.contains("/__reelguide/version"), "the page does not reload itself");

    let record = dir.path().join("guides/moon.yaml");
    let text = std::fs::read_to_string(&record).unwrap();
    let edited = text.replace("without seeing anyone you love?", "without seeing a close friend?");
    assert_ne!(text, edited);
    std::fs::write(&record, &edited).unwrap();
    let page = eventually(port, "/moon/handout.html", "without seeing a close friend?");
    assert!(page.contains("without seeing a close friend?"), "the edit never reached the page:\n{page}");

    std::fs::write(&record, edited.replace("year: 2009", "year: two thousand nine")).unwrap();
    let page = eventually(port, "/moon/handout.html", "The last build has problems");
    assert!(page.contains("The last build has problems"), "{page}");
    assert!(page.contains("guides/moon.yaml:"), "the problem is not located: {page}");
}

/// Every file under `dir`, read whole, the way an editor, `cat` or a backup would.
fn read_everything(dir: &std::path::Path) {
    for file in crate::harness::files(dir) {
        let _ = std::fs::read(dir.join(file));
    }
}

#[test]
fn reading_inputs_and_pages_starts_no_build() {
    let dir = night_project();
    let server = Server::start(dir.path());
    let settled = server.version();
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(10) {
        read_everything(&dir.path().join("guides"));
        read_everything(&dir.path().join("nights"));
        let _ = get(server.port, "/moon/handout.html");
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(server.version(), settled, "reading files started a build");

    // A change still does, once.
    let record = dir.path().join("guides/moon.yaml");
    let text = std::fs::read_to_string(&record).unwrap();
    std::fs::write(&record, text.replace("year: 2009", "year: 2009 # saved")).unwrap();
    let wait = Instant::now();
    while server.version() == settled && wait.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(100));
    }
    let after = server.version();
    assert_ne!(after, settled, "a saved record started no build");
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(server.version(), after, "a build started another");
}

#[test]
fn a_client_that_never_reads_holds_up_nobody() {
    let dir = night_project();
    let server = Server::start(dir.path());
    // Forty pipelined requests for the pack (about 10 MB of answers), never read.
    let mut stuck = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    let request = "GET /nights/love-with-a-deadline/pack.pdf HTTP/1.1\r\nHost: localhost\r\n\r\n";
    stuck.write_all(request.repeat(40).as_bytes()).unwrap();
    std::thread::sleep(Duration::from_millis(500));
    for _ in 0..3 {
        let asked = Instant::now();
        let page = get(server.port, "/moon/handout.html");
        assert!(page.contains("Moon"), "{page}");
        assert!(asked.elapsed() < Duration::from_secs(1), "another client waited {:?}", asked.elapsed());
    }
    drop(stuck);
}

#[test]
fn only_this_machines_browser_gets_answers_and_only_for_files_inside_the_output_folder() {
    let dir = night_project();
    let server = Server::start(dir.path());
    let port = server.port;
    let status = |method: &str, path: &str, host: &str| ask(port, method, path, host).0;
    assert!(status("GET", "/moon/handout.html", "localhost").contains(" 200 "));
    assert!(status("GET", "/moon/handout.html", &format!("127.0.0.1:{port}")).contains(" 200 "));
    for host in ["rebind.example", &format!("rebind.example:{port}"), "localhost:1", "127.0.0.2"] {
        let line = status("GET", "/moon/handout.html", host);
        assert!(line.starts_with("HTTP/1.1 4"), "Host {host}: {line}");
    }
    let line = exchange(port, "GET /moon/handout.html HTTP/1.1\r\nConnection: close\r\n\r\n");
    assert!(line.starts_with("HTTP/1.1 4"), "no Host: {line}");
    for method in ["POST", "PUT", "DELETE", "OPTIONS"] {
        assert!(status(method, "/moon/handout.html", "localhost").contains(" 405 "), "{method}");
    }
    let (line, body) = ask(port, "HEAD", "/moon/handout.html", "localhost");
    assert!(line.contains(" 200 ") && body.is_empty(), "{line} {body}");
    // A head larger than the limit is refused without being read whole.
    let huge = format!("GET / HTTP/1.1\r\nHost: localhost\r\nX-Pad: {}\r\n\r\n", "a".repeat(1 << 20));
    let line = exchange(port, &huge);
    assert!(line.is_empty() || line.starts_with("HTTP/1.1 4"), "{}", &line[..line.len().min(200)]);

    // Links out of the output folder, the manifest and paths climbing out are not served.
    let out = dir.path().join("out");
    std::fs::write(dir.path().join("secret.txt"), "the secret").unwrap();
    std::os::unix::fs::symlink(dir.path().join("secret.txt"), out.join("leak.txt")).unwrap();
    std::os::unix::fs::symlink(dir.path(), out.join("project")).unwrap();
    for path in
        ["/leak.txt", "/project/secret.txt", "/.reelguide-build.json", "/../secret.txt", "/moon/../../secret.txt"]
    {
        let (line, body) = ask(port, "GET", path, "localhost");
        assert!(line.starts_with("HTTP/1.1 4"), "{path}: {line}");
        assert!(!body.contains("the secret") && !body.contains("seal"), "{path}: {body}");
    }
}

#[test]
fn serve_follows_the_settings_and_shows_broken_ones_in_the_page() {
    let dir = night_project();
    let server = Server::start(dir.path());
    let port = server.port;
    let settings = dir.path().join("reelguide.yaml");
    std::fs::write(&settings, "group: The Tuesday Film Circle\n").unwrap();
    let page = eventually(port, "/moon/handout.html", "The Tuesday Film Circle");
    assert!(page.contains("The Tuesday Film Circle"), "the new group never reached the page:\n{page}");

    // Broken settings show like a broken record, located, until they are fixed.
    std::fs::write(&settings, "group: The Tuesday Film Circle\npaper: papyrus\n").unwrap();
    let page = eventually(port, "/moon/handout.html", "reelguide.yaml:2:");
    assert!(page.contains("The last build has problems") && page.contains("reelguide.yaml:2:"), "{page}");
    std::fs::write(&settings, "group: The Wednesday Film Circle\npaper: a4\n").unwrap();
    let page = eventually(port, "/moon/handout.html", "The Wednesday Film Circle");
    assert!(page.contains("The Wednesday Film Circle") && !page.contains("problems"), "{page}");

    // A font that cannot be used is a problem of the settings too; fixed, the pages return.
    std::fs::write(&settings, "group: The Wednesday Film Circle\nfonts: [missing.ttf]\n").unwrap();
    let page = eventually(port, "/moon/handout.html", "missing.ttf");
    assert!(page.contains("The last build has problems") && page.contains("missing.ttf"), "{page}");
    std::fs::write(&settings, "group: The Thursday Film Circle\n").unwrap();
    let page = eventually(port, "/moon/handout.html", "The Thursday Film Circle");
    assert!(page.contains("The Thursday Film Circle"), "{page}");
}

#[test]
#[ignore = "needs fonts-noto-cjk"]
fn serve_follows_a_font_named_in_the_settings() {
    let dir = night_project();
    std::fs::copy(
        crate::harness::root().join("tests/fixtures/stress/japanese.yaml"),
        dir.path().join("guides/japanese.yaml"),
    )
    .unwrap();
    let server = Server::start(dir.path());
    let pdf = dir.path().join("out/japanese/handout.pdf");
    let has_noto = || String::from_utf8_lossy(&std::fs::read(&pdf).unwrap_or_default()).contains("NotoSansCJK");
    assert!(!has_noto(), "the fallback font is in the PDF before it was named");
    let before = server.version();
    std::fs::write(
        dir.path().join("reelguide.yaml"),
        "fonts: [/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc]\n",
    )
    .unwrap();
    let started = Instant::now();
    while !has_noto() && started.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(200));
    }
    assert!(has_noto(), "the PDF was not set again with the font");
    while server.version() == before && started.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(100));
    }
    // The font named no more, the PDF goes back to the built-in faces.
    std::fs::write(dir.path().join("reelguide.yaml"), "group: no fonts\n").unwrap();
    let started = Instant::now();
    while has_noto() && started.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(200));
    }
    assert!(!has_noto(), "the font stayed after it was taken out of the settings");
}
