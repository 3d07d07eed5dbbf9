//! The HTTP side of `serve`: the output folder on 127.0.0.1, to this machine's browser
//! only. hyper serves each connection on its own task, so a client that never reads its
//! answer, or sends its request one byte a minute, holds up nobody else; connections are
//! bounded in number and in time, and request heads in size.
//!
//! Only `GET` and `HEAD` are answered (`405` otherwise), only for the addresses the
//! server listens on (`127.0.0.1` and `localhost`, with its port): a page elsewhere that
//! points a host name of its own at this machine (DNS rebinding) is refused. A file is
//! served only when its real path lies inside the output folder and no part of its name
//! starts with a dot (the build manifest, temporary files).

use std::convert::Infallible;
use std::net::TcpListener;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::header::{ALLOW, CONTENT_LENGTH, CONTENT_TYPE, HOST};
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::sync::{Notify, Semaphore};

use super::State;
use crate::markup;

/// The path pages poll to learn that a build finished.
pub const VERSION_PATH: &str = "/__reelguide/version";

/// The most connections served at once; more wait in the listen queue.
const CONNECTIONS: usize = 32;
/// How long a client may take to send its request's head.
const HEAD_TIMEOUT: Duration = Duration::from_secs(5);
/// How long a connection may last, whatever it does.
const CONNECTION_TIMEOUT: Duration = Duration::from_secs(60);
/// The largest request head read (request line and headers).
const MAX_HEAD: usize = 16 * 1024;
/// The largest file served.
const MAX_FILE: u64 = 512 * 1024 * 1024;

/// What every request needs.
struct Site {
    out: PathBuf,
    port: u16,
    state: Arc<State>,
}

/// Serves `out` on `listener` until `stop` is notified.
pub fn serve(listener: TcpListener, out: PathBuf, state: Arc<State>, stop: Arc<Notify>) -> std::io::Result<()> {
    let port = listener.local_addr()?.port();
    listener.set_nonblocking(true)?;
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
    let site = Arc::new(Site { out, port, state });
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::from_std(listener)?;
        let permits = Arc::new(Semaphore::new(CONNECTIONS));
        loop {
            let permit = tokio::select! {
                permit = Arc::clone(&permits).acquire_owned() => permit.expect("the semaphore is never closed"),
                () = stop.notified() => return Ok(()),
            };
            let (stream, _) = tokio::select! {
                accepted = listener.accept() => accepted?,
                () = stop.notified() => return Ok(()),
            };
            let site = Arc::clone(&site);
            tokio::spawn(async move {
                let _permit = permit;
                let service = hyper::service::service_fn(move |request| answer(request, Arc::clone(&site)));
                let mut http = hyper::server::conn::http1::Builder::new();
                http.timer(TokioTimer::new()).header_read_timeout(HEAD_TIMEOUT).max_buf_size(MAX_HEAD);
                let connection = http.serve_connection(TokioIo::new(stream), service);
                let _ = tokio::time::timeout(CONNECTION_TIMEOUT, connection).await;
            });
        }
    })
}

async fn answer(request: Request<Incoming>, site: Arc<Site>) -> Result<Response<Full<Bytes>>, Infallible> {
    let head = request.method() == Method::HEAD;
    let response = if !host_allowed(request.headers().get(HOST), site.port) {
        plain(StatusCode::FORBIDDEN, "this server answers only at 127.0.0.1 and localhost")
    } else if request.method() != Method::GET && !head {
        let mut refused = plain(StatusCode::METHOD_NOT_ALLOWED, "only GET and HEAD");
        refused.headers_mut().insert(ALLOW, "GET, HEAD".parse().expect("a valid header"));
        refused
    } else {
        let path = request.uri().path().to_string();
        let site = Arc::clone(&site);
        tokio::task::spawn_blocking(move || page(&site, &path))
            .await
            .unwrap_or_else(|_| plain(StatusCode::INTERNAL_SERVER_ERROR, "the page could not be read"))
    };
    Ok(if head { without_body(response) } else { response })
}

/// Whether a request's `Host` names this server: 127.0.0.1 or localhost, with no port or
/// with the one it listens on.
fn host_allowed(host: Option<&hyper::header::HeaderValue>, port: u16) -> bool {
    let Some(host) = host.and_then(|h| h.to_str().ok()) else { return false };
    let (name, given) = match host.rsplit_once(':') {
        Some((name, p)) => (name, Some(p)),
        None => (host, None),
    };
    let name_ok = name.eq_ignore_ascii_case("localhost") || name == "127.0.0.1";
    name_ok && given.is_none_or(|p| p.parse::<u16>().ok() == Some(port))
}

/// The answer to `GET path`: the version, a page of the output folder (with its reload
/// script, or the problems of the last build in its place), or 404.
fn page(site: &Site, path: &str) -> Response<Full<Bytes>> {
    let version = site.state.version.load(Ordering::SeqCst);
    if path == VERSION_PATH {
        return plain(StatusCode::OK, &version.to_string());
    }
    let Some(file) = file_for(&site.out, path) else { return plain(StatusCode::NOT_FOUND, "not found") };
    let is_html = file.extension().is_some_and(|e| e == "html");
    let problems = site.state.problems.lock().unwrap_or_else(std::sync::PoisonError::into_inner).clone();
    let body = if is_html && !problems.is_empty() {
        Some(error_page(&problems, version).into_bytes())
    } else {
        crate::read::file::read_bytes(&file, MAX_FILE)
            .ok()
            .map(|bytes| if is_html { with_reload(bytes, version) } else { bytes })
    };
    match body {
        Some(body) => {
            let mut response = Response::new(Full::new(Bytes::from(body)));
            response.headers_mut().insert(CONTENT_TYPE, content_type(&file).parse().expect("a valid header"));
            response
        }
        None => plain(StatusCode::NOT_FOUND, "not found"),
    }
}

/// The file a URL path names inside `out`: plain segments only, none starting with a
/// dot; a folder's `index.html`; and only when its real path, links followed, is still
/// inside `out`.
fn file_for(out: &Path, url: &str) -> Option<PathBuf> {
    let relative = Path::new(url.trim_start_matches('/'));
    let plain = relative.components().all(|c| match c {
        Component::Normal(part) => !part.to_string_lossy().starts_with('.'),
        Component::Prefix(_) | Component::RootDir | Component::CurDir | Component::ParentDir => false,
    });
    if !plain {
        return None;
    }
    let mut path = out.join(relative);
    if path.is_dir() {
        path = path.join("index.html");
    }
    let real = path.canonicalize().ok()?;
    let root = out.canonicalize().ok()?;
    (real.starts_with(&root) && real.is_file()).then_some(real)
}

fn plain(status: StatusCode, text: &str) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from(text.to_string())));
    *response.status_mut() = status;
    response.headers_mut().insert(CONTENT_TYPE, "text/plain; charset=utf-8".parse().expect("a valid header"));
    response
}

/// The answer to a `HEAD`: the same head, its length, and no body.
fn without_body(response: Response<Full<Bytes>>) -> Response<Full<Bytes>> {
    use hyper::body::Body;
    let length = response.body().size_hint().exact().unwrap_or(0);
    let (mut parts, _) = response.into_parts();
    parts.headers.insert(CONTENT_LENGTH, length.into());
    Response::from_parts(parts, Full::new(Bytes::new()))
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("pdf") => "application/pdf",
        Some("css") => "text/css",
        Some("ics") => "text/calendar; charset=utf-8",
        Some("json") => "application/json",
        _ => "application/octet-stream",
    }
}

/// The script that reloads a page once a newer build is there.
fn reload_script(version: u64) -> String {
    format!(
        "<script>setInterval(async () => {{ try {{ const r = await fetch('{VERSION_PATH}'); \
         if ((await r.text()).trim() !== '{version}') location.reload(); }} catch (e) {{}} }}, 700);</script>"
    )
}

fn with_reload(page: Vec<u8>, version: u64) -> Vec<u8> {
    let text = String::from_utf8_lossy(&page);
    let script = reload_script(version);
    match text.rfind("</body>") {
        Some(at) => format!("{}{script}{}", &text[..at], &text[at..]).into_bytes(),
        None => format!("{text}{script}").into_bytes(),
    }
}

/// The page every HTML page is replaced by while the last build has problems.
fn error_page(problems: &str, version: u64) -> String {
    let mut escaped = String::new();
    markup::escape_into(&mut escaped, problems);
    format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>reelguide: problems</title></head>\n\
         <body><h1>The last build has problems</h1>\n<p>Fix them and save; this page reloads.</p>\n\
         <pre class=\"problems\">{escaped}</pre>\n{}</body></html>\n",
        reload_script(version)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_this_servers_own_names_are_answered() {
        let h = |s: &'static str| hyper::header::HeaderValue::from_static(s);
        assert!(host_allowed(Some(&h("127.0.0.1:8080")), 8080));
        assert!(host_allowed(Some(&h("localhost:8080")), 8080));
        assert!(host_allowed(Some(&h("localhost")), 8080));
        assert!(!host_allowed(Some(&h("localhost:9090")), 8080));
        assert!(!host_allowed(Some(&h("evil.example:8080")), 8080));
        assert!(!host_allowed(None, 8080));
    }
}
