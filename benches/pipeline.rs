//! Criterion micro-benchmarks of the pipeline's stages on one shipped record:
//! load and validate, the HTML of one edition, the PDF of one edition.
//!
//!     cargo bench --bench pipeline

use std::collections::HashMap;
use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use reelguide::pipeline::library;
use reelguide::render::html::HtmlRenderer;
use reelguide::render::pdf::fonts::Fonts;
use reelguide::templates::TemplateSource;
use reelguide::view::edition::{self, Edition};
use reelguide::view::paper::PageSettings;

fn record() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("guides/never-let-me-go.yaml")
}

fn load_and_validate(c: &mut Criterion) {
    let path = record();
    c.bench_function("load+validate never-let-me-go", |b| {
        b.iter(|| {
            let library = library::load(black_box(std::slice::from_ref(&path)), &Fonts::default());
            assert_eq!(library.entries.len(), 1);
            library
        })
    });
}

fn render(c: &mut Criterion) {
    let (guide, slug) = library::read_record(&record()).unwrap();
    let options = edition::Options::default();
    let page = PageSettings::default();
    let html = HtmlRenderer::new(TemplateSource::new(None), 1);
    let summaries = HashMap::new();
    let fonts = Fonts::default();
    for edition in [Edition::Handout, Edition::Leader] {
        let view = edition::view(&guide, &slug, edition, &options, &summaries);
        c.bench_function(&format!("html {}", edition.key()), |b| {
            b.iter(|| html.edition(black_box(&view), &page).unwrap())
        });
        // Warm the shaping cache, as every document after a build's first has it.
        reelguide::render::pdf::render(&fonts, &view, &page, None);
        c.bench_function(&format!("pdf {}", edition.key()), |b| {
            b.iter(|| reelguide::render::pdf::render(&fonts, black_box(&view), &page, None))
        });
    }
}

criterion_group!(benches, load_and_validate, render);
criterion_main!(benches);
