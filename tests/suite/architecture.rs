//! The shape of the code, checked: each stage imports only the stages before it, so the
//! renderers print what the view decided and nothing else, and no two parts of the crate
//! depend on each other.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::harness::{files, root};

/// The top-level modules each source file names through `crate::`, by the file's own
/// top-level module.
fn edges() -> BTreeMap<String, BTreeSet<String>> {
    let src = root().join("src");
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files(&src).into_iter().filter(|f| f.extension().is_some_and(|e| e == "rs")) {
        let from = top_module(&file);
        let text = std::fs::read_to_string(src.join(&file)).unwrap();
        let named = edges.entry(from.clone()).or_default();
        for to in crate_paths(&text) {
            if to != from {
                named.insert(to);
            }
        }
    }
    edges
}

/// `render` for `src/render/pdf/lines.rs`, `markup` for `src/markup.rs`.
fn top_module(file: &Path) -> String {
    let first = file.components().next().unwrap().as_os_str().to_string_lossy().into_owned();
    first.trim_end_matches(".rs").to_string()
}

/// The first segment of every `crate::` path in the code (comments left out), including
/// those in grouped imports such as `use crate::{a, b}`.
fn crate_paths(text: &str) -> Vec<String> {
    let code: String = text.lines().map(|line| line.split("//").next().unwrap_or("")).collect::<Vec<_>>().join("\n");
    let mut found = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let inner = &group[..group.find('}').unwrap_or(group.len())];
            found.extend(inner.split(',').filter_map(|p| p.trim().split("::").next()).map(str::to_string));
        } else {
            found.push(rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect());
        }
    }
    found.retain(|m| !m.is_empty());
    found
}

#[test]
fn renderers_import_the_view_never_the_record_the_checker_or_the_pipeline() {
    let edges = edges();
    let render = &edges["render"];
    for forbidden in ["record", "read", "pipeline", "cli", "write"] {
        assert!(!render.contains(forbidden), "src/render names crate::{forbidden}: {render:?}");
    }
    assert!(render.contains("view"), "the renderers read the view: {render:?}");
}

#[test]
fn the_view_and_the_record_never_reach_forward_in_the_pipeline() {
    let edges = edges();
    for (module, later) in [
        ("record", &["read", "view", "render", "pipeline", "cli", "write"][..]),
        ("read", &["view", "render", "pipeline", "cli", "write"][..]),
        ("view", &["read", "render", "pipeline", "cli", "write"][..]),
    ] {
        for to in later {
            assert!(!edges[module].contains(*to), "src/{module} names crate::{to}: {:?}", edges[module]);
        }
    }
}

#[test]
fn no_two_modules_depend_on_each_other() {
    let edges = edges();
    // Depth-first search for a path back to where it started.
    fn visit(
        node: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|n| n == node) {
            let mut cycle = path[i..].to_vec();
            cycle.push(node.to_string());
            return Some(cycle);
        }
        if !done.insert(node.to_string()) {
            return None;
        }
        path.push(node.to_string());
        for next in edges.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, edges, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        None
    }
    let mut done = BTreeSet::new();
    for node in edges.keys() {
        if let Some(cycle) = visit(node, &edges, &mut Vec::new(), &mut done) {
            panic!("a cycle: {}", cycle.join(" -> "));
        }
    }
}

#[test]
fn the_check_finds_the_edges_it_forbids() {
    // The scanner itself: a grouped import and a path in code both count; a comment does not.
    let paths = crate_paths("use crate::{record::Guide, read};\n// crate::cli\nlet x = crate::pipeline::build::run();");
    assert_eq!(paths, ["record", "read", "pipeline"]);
}
