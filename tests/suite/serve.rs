//! `reelguide serve` through the real binary: it serves the built pages over HTTP, builds
//! again when a record is saved, and shows a broken record's problems in the page.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use crate::harness::command;
use crate::nights::night_project;

/// The body of `GET path` on `port`.
fn get(port: u16, path: &str) -> String {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("the server accepts");
    write!(stream, "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    response.split_once("\r\n\r\n").map(|(_, body)| body.to_string()).unwrap_or_default()
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

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn serve_rebuilds_a_saved_record_and_shows_a_broken_one_in_the_page() {
    let dir = night_project();
    let child = command(dir.path()).args(["serve"]).stderr(Stdio::piped()).stdout(Stdio::null()).spawn().unwrap();
    let mut server = Server(child);
    let stderr = BufReader::new(server.0.stderr.take().unwrap());
    let mut port = 0;
    for line in stderr.lines() {
        let line = line.unwrap();
        if let Some(at) = line.find("http://127.0.0.1:") {
            let rest = &line[at + "http://127.0.0.1:".len()..];
            port = rest[..rest.find('/').unwrap()].parse().unwrap();
            break;
        }
    }
    assert_ne!(port, 0, "the server said no address");

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
