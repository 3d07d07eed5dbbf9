//! `reelguide new`: a record skeleton to fill in, every required field marked TODO.

use crate::cli::NewArgs;
use crate::cli::exit::{Ended, Exit, Failure};
use crate::cli::ui::say;
use crate::record::skeleton::{self, NewError};

pub fn run(args: NewArgs) -> Ended {
    match skeleton::write_new(&args.dir, &args.title, args.year) {
        Ok(path) => {
            say!("wrote {}; fill it in, then run `reelguide check {}`", path.display(), path.display());
            Ok(Exit::Success)
        }
        Err(NewError::BadTitle) => {
            Err(Failure::usage(format!("no file name can be made from the title {:?}", args.title)))
        }
        Err(NewError::Exists(path)) => {
            Err(Failure::failed(format!("{} already exists; it was left as it is", path.display())))
        }
        Err(NewError::Io(path, e)) => Err(Failure::failed(format!("cannot write {}: {e}", path.display()))),
    }
}
