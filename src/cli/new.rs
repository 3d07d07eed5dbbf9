//! `reelguide new` and `new-night`: a record or a night skeleton to fill in, every
//! required field marked TODO.

use crate::cli::exit::{Ended, Exit, Failure};
use crate::cli::ui::say;
use crate::cli::{NewArgs, NewNightArgs};
use crate::record::skeleton::{self, NewError};
use crate::view::words::{LANGUAGES, Words, catalog_language};

pub fn run(args: NewArgs) -> Ended {
    let Some(catalog) = catalog_language(&args.language) else {
        let shipped: Vec<&str> = LANGUAGES.iter().map(|(code, _)| *code).collect();
        return Err(Failure::usage(format!("no catalog for the language `{}`", args.language))
            .hint(format!("one of {}; or write the record in English and change its `language`", shipped.join(", "))));
    };
    let words = Words::for_language(catalog, None).map_err(|_| Failure::failed("the built-in catalogs are broken"))?;
    let text = |id: &str| words.text(id);
    let comments = skeleton::Comments { language: &args.language, text: &text };
    report(skeleton::write_new(&args.dir, &args.title, args.year, &comments), &args.title)
}

/// `reelguide new-night`: a night skeleton to fill in.
pub fn night(args: NewNightArgs) -> Ended {
    report(skeleton::write_new_night(&args.dir, &args.title), &args.title)
}

fn report(written: Result<std::path::PathBuf, NewError>, title: &str) -> Ended {
    match written {
        Ok(path) => {
            say!("wrote {}; fill it in, then run `reelguide check {}`", path.display(), path.display());
            Ok(Exit::Success)
        }
        Err(NewError::BadTitle) => Err(Failure::usage(format!("no file name can be made from the title {title:?}"))),
        Err(NewError::Exists(path)) => {
            Err(Failure::failed(format!("{} already exists; it was left as it is", path.display())))
        }
        Err(NewError::Io(path, e)) => Err(Failure::failed(format!("cannot write {}: {e}", path.display()))),
    }
}
