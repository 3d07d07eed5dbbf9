//! One path for everything a build makes a folder of files for: a record (its editions,
//! as PDF and HTML) and a night (its leader's guide, packs, page and calendar). Each
//! is a [`Unit`]: what it is made from is hashed, and when the last build made it from
//! the same inputs and its files are as they were written, nothing is read again or
//! rendered; otherwise it is rendered and its files written, each atomically, into its
//! own folder. The result is an [`Outcome`], whichever kind it was.

use std::collections::BTreeMap;
use std::path::Path;

use crate::markup;
use crate::pipeline::incremental::{self, Made, Manifest};
use crate::pipeline::library::{self, Entry};
use crate::pipeline::nights::ReadNight;
use crate::read::diagnostic::{Diagnostic, FileId};
use crate::read::file::{self, FileText};
use crate::record::slug::NIGHTS_FOLDER;
use crate::render::html::{HtmlRenderer, TemplateError};
use crate::view;
use crate::view::edition;
use crate::view::model::View;
use crate::view::paper::PageSettings;
use crate::view::summary::{Lookup, Summary};
use crate::view::words::Catalogs;
use crate::write;

use super::Job;

/// What a build makes a folder of files for.
pub enum Unit<'a> {
    Record(&'a Entry),
    Night(&'a ReadNight),
}

impl Unit<'_> {
    /// The folder under the output folder its files go into (`""` for a film), and its
    /// slug there.
    fn place(&self) -> (&'static str, &str) {
        match self {
            Unit::Record(entry) => ("", &entry.summary.slug),
            Unit::Night(night) => (NIGHTS_FOLDER, &night.slug),
        }
    }

    /// Its entry in the manifest: `her`, `nights/a-night`.
    fn key(&self) -> String {
        match self.place() {
            ("", slug) => slug.to_string(),
            (folder, slug) => format!("{folder}/{slug}"),
        }
    }
}

/// Which kind of unit an outcome is of, with what reporting it needs.
pub enum Kind {
    /// A record, and its text when its problems point into it.
    Record {
        file: FileId,
        text: Option<String>,
    },
    Night {
        slug: String,
    },
}

/// What making one unit came to.
pub struct Outcome {
    pub kind: Kind,
    /// Its entry in the manifest.
    pub key: String,
    /// The files written (some may be, before a problem).
    pub written: usize,
    /// Problems reading it again or writing its files.
    pub problems: Vec<Diagnostic>,
    /// What its files were made from, for the manifest; `None` when they were not all
    /// written.
    pub made: Option<Made>,
    /// Its files were up to date and left as they were.
    pub unchanged: bool,
}

/// What every unit's making shares.
pub struct Context<'a> {
    pub job: &'a Job,
    /// What the last build made.
    pub previous: &'a Manifest,
    /// A hash of the inputs every unit shares (settings, templates, program, fonts).
    pub shared: &'a str,
    pub options: &'a edition::Options,
    /// The words of each language; a record's or a night's outputs are in its own.
    pub catalogs: &'a Catalogs,
    pub html: &'a HtmlRenderer,
    pub summaries: &'a Lookup<'a>,
}

impl Context<'_> {
    /// Makes one unit's files, unless they are up to date. A template that fails is the
    /// error: it would fail every unit the same way.
    pub fn make(&self, unit: &Unit<'_>) -> Result<Outcome, TemplateError> {
        let key = unit.key();
        let inputs = self.inputs(unit);
        let kind = match unit {
            Unit::Record(entry) => Kind::Record { file: entry.file, text: None },
            Unit::Night(night) => Kind::Night { slug: night.slug.clone() },
        };
        if self.previous.is_current(&self.job.out, &key, &inputs) {
            let made = self.previous.records.get(&key).cloned();
            return Ok(Outcome { kind, key, written: 0, problems: Vec::new(), made, unchanged: true });
        }
        let (folder, slug) = unit.place();
        let mut files = Files {
            out: &self.job.out,
            folder,
            slug,
            written: 0,
            outputs: BTreeMap::new(),
            stamps: BTreeMap::new(),
            problems: Vec::new(),
        };
        match unit {
            Unit::Record(entry) => self.record(entry, &mut files)?,
            Unit::Night(night) => self.night(night, &mut files)?,
        }
        let made = files.problems.is_empty().then_some(Made { inputs, outputs: files.outputs, stamps: files.stamps });
        let mut outcome =
            Outcome { kind, key, written: files.written, problems: files.problems, made, unchanged: false };
        if let (Unit::Record(entry), Kind::Record { text, .. }) = (unit, &mut outcome.kind) {
            // Problems of a record changed since it was checked point into its text.
            if outcome.problems.iter().any(|d| d.span.is_some()) {
                outcome.problems = outcome
                    .problems
                    .into_iter()
                    .map(|d| if d.span.is_some() { d.in_file(entry.file) } else { d })
                    .collect();
                if let FileText::Text(now) = file::read_text(&entry.path) {
                    *text = Some(now);
                }
            }
        }
        Ok(outcome)
    }

    /// Reads one record again and renders its editions.
    fn record(&self, entry: &Entry, files: &mut Files<'_>) -> Result<(), TemplateError> {
        let job = self.job;
        let settings = &job.settings;
        let guide = match library::reread(entry) {
            Ok((guide, _)) => guide,
            // The file changed since it was checked.
            Err(problems) => {
                files.problems.extend(problems);
                return Ok(());
            }
        };
        let slug = &entry.summary.slug;
        let options =
            &edition::Options { words: self.catalogs.for_language(guide.language.as_deref()), ..self.options.clone() };
        for &edition in &options.outputs.editions {
            let view = edition::view(&guide, slug, edition, options, self.summaries);
            if settings.pdf {
                let imposition = edition.imposition(settings.booklet, settings.two_up);
                let (bytes, imposed) = crate::render::pdf::render_with(
                    &job.fonts,
                    &view,
                    &settings.page,
                    settings.created,
                    imposition.map(|i| i.0),
                );
                files.save(&format!("{}.pdf", edition.key()), &bytes);
                if let (Some((_, name)), Some(imposed)) = (imposition, imposed) {
                    files.save(name, &imposed);
                }
            }
            if settings.html {
                let page = self.html.edition(&view, &settings.page)?;
                files.save(&format!("{}.html", edition.key()), page.as_bytes());
            }
        }
        Ok(())
    }

    /// Renders one night's outputs.
    fn night(&self, read: &ReadNight, files: &mut Files<'_>) -> Result<(), TemplateError> {
        let job = self.job;
        let settings = &job.settings;
        let options = &edition::Options {
            words: self.catalogs.for_language(read.night.language.as_deref()),
            ..self.options.clone()
        };
        let views = view::night::views(&read.input(), options, self.summaries);
        let page = PageSettings { paper: read.night.paper.unwrap_or(settings.page.paper), ..settings.page };
        let title = &views.leader[0].document.title;
        if settings.pdf {
            let leader: Vec<(&View, u32)> = views.leader.iter().map(|v| (v, 1)).collect();
            files.save(
                "leader.pdf",
                &crate::render::pdf::documents(&job.fonts, &leader, title, &page, settings.created),
            );
            for pack in &views.packs {
                let parts: Vec<(&View, u32)> = pack.parts.iter().map(|p| (&p.view, p.copies)).collect();
                let bytes = crate::render::pdf::documents(&job.fonts, &parts, &pack.title, &page, settings.created);
                files.save(&pack.file, &bytes);
            }
        }
        if settings.html {
            files.save("leader.html", self.html.night_leader(&views.leader, &page)?.as_bytes());
            files.save("index.html", self.html.night_page(&views.page, &page)?.as_bytes());
        }
        let calendar =
            crate::render::ics::calendar(&markup::plain(&read.night.title), &views.calendar, settings.created);
        files.save("night.ics", calendar.as_bytes());
        Ok(())
    }

    /// A hash of everything a unit's outputs are made from: what the build shares, its
    /// own file, and what it shows of the library. For a record: the summaries of the
    /// films it links to. For a night: its films' records and every summary (its films'
    /// related films).
    fn inputs(&self, unit: &Unit<'_>) -> String {
        let (own, library) = match unit {
            Unit::Record(entry) => {
                let related: Vec<&Summary> =
                    entry.related.iter().filter_map(|slug| self.summaries.get(slug.as_str()).copied()).collect();
                (std::fs::read(&entry.path), serde_json::to_vec(&related))
            }
            Unit::Night(read) => {
                let films: Vec<String> = read
                    .evenings
                    .iter()
                    .flatten()
                    .map(|(_, guide)| serde_json::to_string(guide).expect("records serialize"))
                    .collect();
                let mut summaries: Vec<&Summary> = self.summaries.values().copied().collect();
                summaries.sort_by(|a, b| a.slug.cmp(&b.slug));
                (std::fs::read(&read.path), serde_json::to_vec(&(films, summaries)))
            }
        };
        let library = library.expect("summaries serialize");
        incremental::hash(&[self.shared.as_bytes(), &own.unwrap_or_default(), &library])
    }
}

/// The files of one unit as they are written: each into `<out>/<folder>/<slug>/`,
/// counted, hashed and stamped for the manifest; a file that cannot be written is a
/// problem, and the others are still written.
struct Files<'a> {
    out: &'a Path,
    folder: &'a str,
    slug: &'a str,
    written: usize,
    outputs: BTreeMap<String, String>,
    stamps: BTreeMap<String, (u64, u64)>,
    problems: Vec<Diagnostic>,
}

impl Files<'_> {
    fn save(&mut self, name: &str, bytes: &[u8]) {
        let path = match write::output_path(self.out, self.folder, self.slug, name) {
            Ok(path) => path,
            Err(message) => return self.problems.push(Diagnostic::error("write", message)),
        };
        if let Err(e) = write::write_atomic(&path, bytes) {
            return self.problems.push(write::cannot_write(&path, &e));
        }
        self.written += 1;
        let key = match self.folder {
            "" => format!("{}/{name}", self.slug),
            folder => format!("{folder}/{}/{name}", self.slug),
        };
        if let Some(stamp) = incremental::stamp(&path) {
            self.stamps.insert(key.clone(), stamp);
        }
        self.outputs.insert(key, incremental::hash(&[bytes]));
    }
}
