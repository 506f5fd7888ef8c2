package rdfio

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/quad"
)

// XSD is the XML Schema datatype namespace.
const XSD = "http://www.w3.org/2001/XMLSchema#"

// Canonical returns v as an IRI, blank node, plain, language-tagged or typed
// literal with a full datatype IRI and, for the XSD types that have one, the
// canonical lexical form. It leaves values it cannot improve unchanged.
func Canonical(v quad.Value) quad.Value {
	switch x := v.(type) {
	case quad.IRI:
		return x.Full()
	case quad.Int:
		return typed(strconv.FormatInt(int64(x), 10), "integer")
	case quad.Float:
		return typed(canonicalDouble(float64(x)), "double")
	case quad.Bool:
		return typed(strconv.FormatBool(bool(x)), "boolean")
	case quad.Time:
		return typed(time.Time(x).UTC().Format(time.RFC3339Nano), "dateTime")
	case quad.TypedString:
		return canonicalTyped(x)
	}
	return v
}

// CanonicalQuad applies Canonical to every part of q.
func CanonicalQuad(q quad.Quad) quad.Quad {
	q.Subject = Canonical(q.Subject)
	q.Predicate = Canonical(q.Predicate)
	q.Object = Canonical(q.Object)
	if q.Label != nil {
		q.Label = Canonical(q.Label)
	}
	return q
}

func typed(lex, xsdType string) quad.TypedString {
	return quad.TypedString{Value: quad.String(lex), Type: quad.IRI(XSD + xsdType)}
}

func canonicalTyped(x quad.TypedString) quad.Value {
	t := x.Type.Full()
	if t == "" || t == XSD+"string" {
		return quad.String(x.Value) // RDF 1.1: xsd:string literals are simple literals
	}
	lex := string(x.Value)
	switch strings.TrimPrefix(string(t), XSD) {
	case "boolean":
		switch strings.TrimSpace(strings.ToLower(lex)) {
		case "true", "1":
			lex = "true"
		case "false", "0":
			lex = "false"
		}
	case "integer", "long", "int", "short", "byte", "nonNegativeInteger", "positiveInteger", "negativeInteger", "nonPositiveInteger":
		if n, err := strconv.ParseInt(strings.TrimSpace(lex), 10, 64); err == nil {
			lex = strconv.FormatInt(n, 10)
		}
	case "double", "float":
		if f, err := strconv.ParseFloat(strings.TrimSpace(lex), 64); err == nil {
			lex = canonicalDouble(f)
		}
	}
	return quad.TypedString{Value: quad.String(lex), Type: t}
}

// canonicalDouble writes f in XSD's canonical double form: 1.5E0, -2.0E-3, INF, NaN.
func canonicalDouble(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "INF"
	case math.IsInf(f, -1):
		return "-INF"
	}
	s := strconv.FormatFloat(f, 'E', -1, 64) // 1.5E+00, 2E-03
	mant, exp, _ := strings.Cut(s, "E")
	if !strings.Contains(mant, ".") {
		mant += ".0"
	}
	e, _ := strconv.Atoi(exp)
	return mant + "E" + strconv.Itoa(e)
}
