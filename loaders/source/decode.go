package source

import (
	"bytes"
	"encoding/json"
	"errors"
)

// decodeStrict decodes exactly one JSON object from line.
func decodeStrict(line []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(line))
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("more than one JSON value on the line")
	}
	return nil
}
