//! `reelguide new` and `new-night`: a record or a night skeleton to fill in, every
//! required field marked TODO.

use crate::cli::exit::{Ended, Exit, Failure};
use crate::cli::ui::say;
use crate::cli::{NewArgs, NewNightArgs};
use crate::record::skeleton::{self, NewError};

pub fn run(args: NewArgs) -> Ended {
    report(skeleton::write_new(&args.dir, &args.title, args.year), &args.title)
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
