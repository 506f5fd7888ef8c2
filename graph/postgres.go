package graph

import (
	"context"
	"database/sql"
	"fmt"
)

// postgresInitialized says whether the database already holds Cayley's
// tables. Asking first keeps Cayley's init from logging an ERROR line on
// every open of an existing database. The "postgres" driver is lib/pq,
// registered through Cayley's graph/sql/postgres.
func postgresInitialized(ctx context.Context, dsn string) (bool, error) {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return false, err
	}
	defer db.Close()
	var name sql.NullString
	if err := db.QueryRowContext(ctx, `SELECT to_regclass('quads')::text`).Scan(&name); err != nil {
		return false, fmt.Errorf("look for kg's tables: %w", err)
	}
	return name.Valid, nil
}
