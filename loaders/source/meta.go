package source

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"
)

// fill sets every field of m that is empty from d: metadata from a record or
// manifest wins over defaults given on the command line.
func (m Meta) fill(d Meta) Meta {
	if m.Title == "" {
		m.Title = d.Title
	}
	if m.Date == "" {
		m.Date = d.Date
	}
	if m.URL == "" {
		m.URL = d.URL
	}
	if m.Publisher == "" {
		m.Publisher = d.Publisher
	}
	return m
}

var isoDate = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// Validate checks what the store relies on: dates are ISO 8601 calendar
// dates (YYYY, YYYY-MM or YYYY-MM-DD, typed as xsd:gYear, gYearMonth or
// date) and URLs are absolute IRIs with nothing that would break N-Quads.
func (m Meta) Validate() error {
	if m.Date != "" {
		if err := ValidateDate(m.Date); err != nil {
			return err
		}
	}
	if m.URL != "" {
		u, err := url.Parse(m.URL)
		if err != nil || !u.IsAbs() || strings.ContainsAny(m.URL, " <>\"{}|\\^`\n\r\t") {
			return fmt.Errorf("url %q: not an absolute URL", m.URL)
		}
		// An article's address is a web page; javascript:, data: or file:
		// would be stored, and shown by the server, as a link.
		if s := strings.ToLower(u.Scheme); s != "http" && s != "https" {
			return fmt.Errorf("url %q: want an http or https URL", m.URL)
		}
	}
	return nil
}

// ValidateDate accepts YYYY, YYYY-MM or YYYY-MM-DD naming a real date.
func ValidateDate(s string) error {
	if !isoDate.MatchString(s) {
		return fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	layout := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}[len(s)]
	if _, err := time.Parse(layout, s); err != nil {
		return fmt.Errorf("date %q: not a calendar date", s)
	}
	return nil
}
