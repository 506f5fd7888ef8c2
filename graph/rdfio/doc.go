// Package rdfio reads and writes N-Quads that other RDF tools accept.
//
// cayleygraph/quad v1.2 writes its native values with prefixed datatype IRIs
// ("4"^^<xsd:integer>), booleans as "True", floats as 1.5E+00; raptor and
// rdflib reject or misread those. Canonical rewrites any value into a plain
// RDF term with a full datatype IRI and a canonical lexical form, and Format
// writes it with N-Quads escaping. Import goes through Canonical as well, so
// what kg loads and what it imports compare equal in the store.
package rdfio
