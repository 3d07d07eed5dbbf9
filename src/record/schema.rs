//! The JSON Schema of the record, derived from the Rust types so it cannot drift from what
//! the loader accepts. Editors with the YAML language server use it to autocomplete and to
//! flag typos while typing.

use crate::record::Guide;
use crate::record::night::Night;

/// The file name the schema is kept under, beside the records that point to it.
pub const FILE_NAME: &str = "guide.schema.json";

/// The file name of the night files' schema, beside them in `nights/`.
pub const NIGHT_FILE_NAME: &str = "night.schema.json";

/// The first line of every record: tells the YAML language server where the schema is.
pub const MODELINE: &str = "# yaml-language-server: $schema=guide.schema.json";

/// The record's schema as pretty-printed JSON, ending in a newline.
pub fn json() -> String {
    pretty(schemars::generate::SchemaSettings::draft07().into_generator().into_root_schema_for::<Guide>())
}

/// The night file's schema, the same way.
pub fn night_json() -> String {
    pretty(schemars::generate::SchemaSettings::draft07().into_generator().into_root_schema_for::<Night>())
}

fn pretty(schema: schemars::Schema) -> String {
    // Draft 7 is the newest draft every YAML language server release understands.
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema always serializes");
    text.push('\n');
    text
}
