// Package schema is kg's vocabulary: the IRIs of actors, articles, facts and
// predicates, the actor types, and the embedded CAMEO event table. Everything
// kg writes to a store is named through a Vocab so that one base IRI, chosen
// once per store, governs every node.
package schema
