package graph

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"os"
	"sort"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/flat"
	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/filter"
	"github.com/syndtr/goleveldb/leveldb/iterator"
	"github.com/syndtr/goleveldb/leveldb/opt"
	"github.com/syndtr/goleveldb/leveldb/util"
)

// leveldbType is the name kg's LevelDB backend is registered under in
// Cayley. The files are those of Cayley's own "leveldb" (hidalgo's flat
// keys over goleveldb), so a directory either one wrote opens with the
// other; what differs is how a write transaction reaches the disk and the
// tuning (see levelDBOptions).
//
// Cayley's leveldb writes each transaction through goleveldb's
// OpenTransaction, which turns every commit into level-0 table files of its
// own (92 of them for 1,000 articles); every read (Cayley reads index lists
// and values for each quad it writes) searched the level-0 files compaction
// had not merged yet, and compaction took a quarter of the CPU. kg's write
// transaction instead reads from a snapshot with its own writes laid over
// it and commits them as one write batch: journaled, into the memtable,
// flushed in write-buffer sized tables like any other LevelDB write. A
// 1,000-article load went from 16.0 s to 9.3 s; 10,000 articles from 361 s
// of CPU to 247 s (about the same peak RSS, 235 MB).
const leveldbType = "kg-leveldb"

func init() {
	kv.Register(leveldbType, kv.Registration{
		NewFunc:      openLevelDB,
		InitFunc:     createLevelDB,
		IsPersistent: true,
	})
}

// levelDBOptions are the goleveldb options kg opens a store with; the rest
// are goleveldb's defaults (2 MiB tables, snappy).
func levelDBOptions(readOnly bool) *opt.Options {
	// The cache of decoded table blocks. Queries (read-only opens) read the
	// same index lists and log entries again and again: on a
	// 10,000-article store (5M quads) path Le Drian Turkey took 14.3 s of
	// CPU with goleveldb's default 8 MiB, 5.0 s with 64 MiB (between France
	// Russia 3.3 s -> 2.8 s, allies Russia 1.4 s -> 1.05 s; 256 MiB did no
	// better). A load keeps the default, for its peak RSS.
	cache := 8 << 20
	if readOnly {
		cache = 64 << 20
	}
	return &opt.Options{
		ReadOnly:           readOnly,
		BlockCacheCapacity: cache,
		// The memtable a write batch goes into before it is flushed to a
		// level-0 table. A transaction of --batch 10,000 quads writes a few
		// MB; goleveldb would turn a batch larger than the write buffer
		// into a transaction of its own (level-0 tables again) unless
		// DisableLargeBatchTransaction. 16 MiB: with 32 MiB (and a 16 MiB
		// block cache) a 10,000-article load peaked at 321 MB of RSS, with
		// 16 MiB at 235 MB (the active and the frozen memtable are both on
		// the heap).
		WriteBuffer:                  16 << 20,
		DisableLargeBatchTransaction: true,
		// Most of Cayley's reads while it writes are of keys that are not
		// stored yet (a new value, a new index list): a bloom filter per
		// table answers those without reading the table's blocks.
		Filter: filter.NewBloomFilter(10),
	}
}

// createLevelDB creates the store directory; an existing store is
// cgraph.ErrDatabaseExists, as Cayley's leveldb reports it.
func createLevelDB(path string, o cgraph.Options) (hkv.KV, error) {
	if err := os.MkdirAll(path, 0o700); err != nil {
		return nil, err
	}
	op := levelDBOptions(false)
	op.ErrorIfExist = true
	db, err := leveldb.OpenFile(path, op)
	if os.IsExist(err) {
		return nil, cgraph.ErrDatabaseExists
	}
	if err != nil {
		return nil, err
	}
	return newKeysKV{flat.Upgrade(&levelKV{db: db})}, nil
}

// openLevelDB opens an existing store; read-only takes the directory's lock
// shared, so readers do not exclude each other (a writer excludes all).
func openLevelDB(path string, o cgraph.Options) (hkv.KV, error) {
	ro, err := o.BoolKey(optReadOnly, false)
	if err != nil {
		return nil, err
	}
	op := levelDBOptions(ro)
	op.ErrorIfMissing = true
	db, err := leveldb.OpenFile(path, op)
	if err != nil {
		return nil, err
	}
	if ro {
		return flat.Upgrade(&levelKV{db: db, readOnly: true}), nil
	}
	return newKeysKV{flat.Upgrade(&levelKV{db: db})}, nil
}

// levelKV is a goleveldb database as hidalgo's flat key-value store.
type levelKV struct {
	db       *leveldb.DB
	readOnly bool
	// writer is held by the open write transaction: there is one at a time,
	// as in bbolt, since a transaction's reads do not see another's writes.
	writer sync.Mutex
}

var _ flat.KV = (*levelKV)(nil)

// syncWrites makes every commit wait for its journal to reach the disk, as
// a bbolt commit does.
var syncWrites = &opt.WriteOptions{Sync: true}

func (k *levelKV) Close() error { return k.db.Close() }

func (k *levelKV) Tx(rw bool) (flat.Tx, error) {
	if rw && k.readOnly {
		return nil, flat.ErrReadOnly
	}
	if rw {
		k.writer.Lock()
	}
	sn, err := k.db.GetSnapshot()
	if err != nil {
		if rw {
			k.writer.Unlock()
		}
		return nil, err
	}
	tx := &levelTx{kv: k, sn: sn}
	if rw {
		tx.writes = map[string][]byte{}
	}
	return tx, nil
}

// levelTx reads from a snapshot; a write transaction keeps its writes in
// memory (a nil value deletes) and reads them back over the snapshot until
// Commit writes them as one batch.
type levelTx struct {
	kv     *levelKV
	sn     *leveldb.Snapshot
	writes map[string][]byte // nil unless rw
	done   bool
	err    error
}

// The record types of a leveldb.Batch's encoding (goleveldb's keyTypeDel
// and keyTypeVal).
const (
	batchDel = 0
	batchPut = 1
)

var errTxDone = errors.New("leveldb: transaction already closed")

func (tx *levelTx) end() {
	if tx.done {
		return
	}
	tx.done = true
	tx.sn.Release()
	if tx.writes != nil {
		tx.writes = nil
		tx.kv.writer.Unlock()
	}
}

func (tx *levelTx) Commit(ctx context.Context) error {
	if tx.done {
		return errTxDone
	}
	defer tx.end()
	if tx.err != nil {
		return tx.err
	}
	if len(tx.writes) == 0 {
		return nil
	}
	// Sorted keys: the memtable inserts in order, and the batch is the same
	// for the same transaction.
	keys := make([]string, 0, len(tx.writes))
	size := 0
	for k, v := range tx.writes {
		keys = append(keys, k)
		size += 1 + 2*binary.MaxVarintLen32 + len(k) + len(v)
	}
	sort.Strings(keys)
	// The batch's records are encoded here, in a buffer of the right size:
	// leveldb.Batch.Put grows its buffer by about 3,000 records at a time,
	// which copied it over and over (8 s of a 10,000-article load).
	data := make([]byte, 0, size)
	for _, k := range keys {
		v := tx.writes[k]
		if v == nil {
			data = append(data, batchDel)
			data = binary.AppendUvarint(data, uint64(len(k)))
			data = append(data, k...)
			continue
		}
		data = append(data, batchPut)
		data = binary.AppendUvarint(data, uint64(len(k)))
		data = append(data, k...)
		data = binary.AppendUvarint(data, uint64(len(v)))
		data = append(data, v...)
	}
	tx.writes = map[string][]byte{} // let the values go before the write copies them
	b := new(leveldb.Batch)
	if tx.err = b.Load(data); tx.err != nil {
		return tx.err
	}
	tx.err = tx.kv.db.Write(b, syncWrites)
	return tx.err
}

func (tx *levelTx) Close() error {
	tx.end()
	return tx.err
}

func (tx *levelTx) Get(ctx context.Context, key flat.Key) (flat.Value, error) {
	if tx.done {
		return nil, errTxDone
	}
	if tx.writes != nil {
		if v, ok := tx.writes[string(key)]; ok {
			if v == nil {
				return nil, flat.ErrNotFound
			}
			return v, nil
		}
	}
	v, err := tx.sn.Get(key, nil)
	if errors.Is(err, leveldb.ErrNotFound) {
		return nil, flat.ErrNotFound
	}
	return v, err
}

func (tx *levelTx) GetBatch(ctx context.Context, keys []flat.Key) ([]flat.Value, error) {
	return flat.GetBatch(ctx, tx, keys)
}

func (tx *levelTx) Put(k flat.Key, v flat.Value) error {
	if tx.writes == nil {
		return flat.ErrReadOnly
	}
	if v == nil {
		v = []byte{} // nil marks a deletion
	}
	tx.writes[string(k)] = v
	return nil
}

func (tx *levelTx) Del(k flat.Key) error {
	if tx.writes == nil {
		return flat.ErrReadOnly
	}
	tx.writes[string(k)] = nil
	return nil
}

func (tx *levelTx) Scan(pref flat.Key) flat.Iterator {
	it := tx.sn.NewIterator(util.BytesPrefix(pref), nil)
	var own []string
	for k := range tx.writes {
		if bytes.HasPrefix([]byte(k), pref) {
			own = append(own, k)
		}
	}
	sort.Strings(own)
	return &levelIter{it: it, writes: tx.writes, own: own}
}

// levelIter merges the snapshot's keys with a write transaction's own, in
// key order; a key the transaction wrote has its value, or is skipped if
// it deleted it.
type levelIter struct {
	it      iterator.Iterator
	writes  map[string][]byte
	own     []string // keys written by the transaction, sorted, not yet passed
	started bool
	advance bool // it is on the key last returned: move it on first
	itOK    bool // it is on a key not yet passed
	key     []byte
	val     []byte
}

func (i *levelIter) Next(ctx context.Context) bool {
	switch {
	case !i.started:
		i.started = true
		i.itOK = i.it.First()
	case i.advance:
		i.advance = false
		i.itOK = i.it.Next()
	}
	for {
		var snapKey []byte
		if i.itOK {
			snapKey = i.it.Key()
		}
		switch {
		case len(i.own) > 0 && (snapKey == nil || i.own[0] <= string(snapKey)):
			k := i.own[0]
			i.own = i.own[1:]
			if snapKey != nil && k == string(snapKey) {
				i.itOK = i.it.Next()
			}
			v := i.writes[k]
			if v == nil {
				continue // deleted by the transaction
			}
			i.key, i.val = []byte(k), v
			return true
		case snapKey != nil:
			// Valid until the iterator moves, which the next Next does.
			i.key, i.val = snapKey, i.it.Value()
			i.advance = true
			return true
		default:
			return false
		}
	}
}

func (i *levelIter) Key() flat.Key   { return i.key }
func (i *levelIter) Val() flat.Value { return i.val }
func (i *levelIter) Err() error      { return i.it.Error() }
func (i *levelIter) Close() error {
	i.it.Release()
	return i.it.Error()
}
