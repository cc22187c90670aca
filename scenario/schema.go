package scenario

// The JSON Schema of a scenario file, scenarios/scenario.schema.json, is
// generated from File and the types it uses, whose doc comments become the
// descriptions that editors show while an economist types. The generator,
// internal/genschema, is a separate command so that its JSON Schema library
// stays out of the program; its test fails when the committed schema drifts
// from the types.

//go:generate go run ../internal/genschema -src . -o ../scenarios/scenario.schema.json
