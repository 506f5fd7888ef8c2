// Package graph opens kg's Cayley quad store and writes articles into it.
//
// Open gives a Store over one of the backends kg offers (Backends): an
// embedded bbolt file by default, LevelDB, an in-memory store, or PostgreSQL
// through Cayley's SQL backend. A store held by another process is reported
// as ErrInUse within about a second instead of blocking.
//
// Loader writes articles in batches: an article is all-or-nothing (its quads
// go through one ApplyDeltas, which every offered backend runs as a single
// transaction), an unchanged article (same content hash) writes nothing, and
// a changed one has its old quads replaced in the same transaction.
package graph
