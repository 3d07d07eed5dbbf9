//! The JSON Schema of the record, derived from the Rust types so it cannot drift from what
//! the loader accepts. Editors with the YAML language server use it to autocomplete and to
//! flag typos while typing.

use crate::record::Guide;

/// The file name the schema is kept under, beside the records that point to it.
pub const FILE_NAME: &str = "guide.schema.json";

/// The first line of every record: tells the YAML language server where the schema is.
pub const MODELINE: &str = "# yaml-language-server: $schema=guide.schema.json";

/// The schema as pretty-printed JSON, ending in a newline.
pub fn json() -> String {
    // Draft 7 is the newest draft every YAML language server release understands.
    let schema = schemars::generate::SchemaSettings::draft07().into_generator().into_root_schema_for::<Guide>();
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema always serializes");
    text.push('\n');
    text
}
