package schema

import "testing"

func TestEncodeIDInjective(t *testing.T) {
	ids := []string{"Report 1", "report_1", "REPORT-1", "report-1", "!!!", "???", "_", "-", ".", "..", "%2E", "%", "%25", "😀", "😁", "é", "e\u0301", "a/b", "a%2Fb", "000_c3a10e7d3e14a95b"}
	seen := map[string]string{}
	for _, id := range ids {
		e := EncodeID(id)
		if prev, ok := seen[e]; ok {
			t.Errorf("%q and %q both encode to %q", prev, id, e)
		}
		seen[e] = id
		if e == "." || e == ".." || e == "" {
			t.Errorf("%q encodes to the dot segment %q", id, e)
		}
		if got := DecodeID(e); got != id {
			t.Errorf("DecodeID(EncodeID(%q)) = %q", id, got)
		}
	}
	if EncodeID("bbc-2024-01-02") != "bbc-2024-01-02" {
		t.Errorf("an ordinary id changed: %q", EncodeID("bbc-2024-01-02"))
	}
}
