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

// postgresInitOnce creates Cayley's tables unless they exist, holding a
// PostgreSQL advisory lock meanwhile: two kg processes opening one new
// database at the same moment both ran CREATE TABLE, and one failed with
// "duplicate key value violates unique constraint pg_type_typname_nsp_index".
func postgresInitOnce(ctx context.Context, dsn string, init func() error) error {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	conn, err := db.Conn(ctx) // the lock belongs to one session
	if err != nil {
		return err
	}
	defer conn.Close()
	// Any constant will do; this one is "kg" in ASCII followed by "init".
	const key = 0x6b67_696e_6974
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock($1)`, key); err != nil {
		return fmt.Errorf("lock for creating kg's tables: %w", err)
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, key)
	var name sql.NullString
	if err := conn.QueryRowContext(ctx, `SELECT to_regclass('quads')::text`).Scan(&name); err != nil {
		return fmt.Errorf("look for kg's tables: %w", err)
	}
	if name.Valid {
		return nil
	}
	return init()
}
