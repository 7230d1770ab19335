package evm_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"

	"github.com/navarb/navarb/venues/evm"
)

// entry is one Counted log as a consumer's state holds it.
type entry struct {
	Block uint64
	Hash  common.Hash // block hash
	Tx    common.Hash
	Value uint64
}

// recorder is a LogConsumer that keeps every log it was given, like a pool keeps
// history, and records the watcher's calls.
type recorder struct {
	addr common.Address

	mu      sync.Mutex
	applied []evm.BlockRef
	reverts []evm.BlockRef
	state   []entry
}

func (r *recorder) Filter() ([]common.Address, []common.Hash) {
	return []common.Address{r.addr}, []common.Hash{countedTopic}
}

func (r *recorder) ApplyBlock(b evm.BlockRef, logs []types.Log) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if n := len(r.applied); n > 0 && r.applied[n-1].Number+1 != b.Number {
		return fmt.Errorf("block #%d applied after #%d", b.Number, r.applied[n-1].Number)
	}
	r.applied = append(r.applied, b)
	for _, l := range logs {
		if l.Address != r.addr || l.BlockHash != b.Hash {
			return fmt.Errorf("foreign log %+v in block %d", l, b.Number)
		}
		r.state = append(r.state, entry{b.Number, b.Hash, l.TxHash, new(big.Int).SetBytes(l.Data).Uint64()})
	}
	return nil
}

func (r *recorder) Revert(to evm.BlockRef) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.reverts = append(r.reverts, to)
	keep := r.state[:0]
	for _, e := range r.state {
		if e.Block <= to.Number {
			keep = append(keep, e)
		}
	}
	r.state = keep
	// The next applied block must be to+1: forget the dropped ones.
	for len(r.applied) > 0 && r.applied[len(r.applied)-1].Number > to.Number {
		r.applied = r.applied[:len(r.applied)-1]
	}
	return nil
}

func (r *recorder) snapshot() (applied, reverts []evm.BlockRef, state []entry) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]evm.BlockRef(nil), r.applied...), append([]evm.BlockRef(nil), r.reverts...), append([]entry(nil), r.state...)
}

// canonical reads the chain's Counted logs of addr after block from.
func canonical(t *testing.T, ch *chain, a common.Address, from uint64) []entry {
	t.Helper()
	logs, err := ch.b.Client().FilterLogs(context.Background(), ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from + 1), Addresses: []common.Address{a}, Topics: [][]common.Hash{{countedTopic}},
	})
	if err != nil {
		t.Fatal(err)
	}
	var out []entry
	for _, l := range logs {
		out = append(out, entry{l.BlockNumber, l.BlockHash, l.TxHash, new(big.Int).SetBytes(l.Data).Uint64()})
	}
	return out
}

func (c *chain) head(t *testing.T) *types.Header {
	t.Helper()
	h, err := c.b.Client().HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// call sends a call to a from key k (next pending nonce) with the given tip.
func (c *chain) call(t *testing.T, k int, to common.Address, tipGwei int64) {
	t.Helper()
	nonce, err := c.b.Client().PendingNonceAt(context.Background(), addr(c.keys[k]))
	if err != nil {
		t.Fatal(err)
	}
	tip := new(big.Int).Mul(gwei, big.NewInt(tipGwei))
	if _, err := c.sendRaw(t, c.keys[k], nonce, &to, nil, 500_000, tip, new(big.Int).Add(tip, new(big.Int).Mul(gwei, big.NewInt(10)))); err != nil {
		t.Fatal(err)
	}
}

func equalEntries(a, b []entry) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestWatcherReorgRollsBackToAncestorAndReapplies(t *testing.T) {
	ch := newChain(t, 2)
	counter := ch.deploy(t, ch.keys[0], counterRuntime())
	start := ch.head(t).Number.Uint64()
	rec := &recorder{addr: counter}
	w, err := evm.NewWatcher(evm.WatcherOptions{Venue: "testchain", Source: ch.b.Client(), Consumers: []evm.LogConsumer{rec}, Start: start})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()

	// The original branch: three blocks, one counter call each.
	for i := 0; i < 3; i++ {
		ch.call(t, 0, counter, 1)
		ch.b.Commit()
	}
	if err := w.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	_, _, before := rec.snapshot()
	if got, want := before, canonical(t, ch, counter, start); !equalEntries(got, want) || len(got) != 3 {
		t.Fatalf("before the reorg: state %v, want %v (3 logs)", got, want)
	}

	// Reorg: fork at the first call's block; the new branch starts with another
	// account's call (higher tip, so it runs first and shifts every counter
	// value) and grows one block longer than the old branch.
	ancestor, err := ch.b.Client().HeaderByNumber(ctx, new(big.Int).SetUint64(start+1))
	if err != nil {
		t.Fatal(err)
	}
	if err := ch.b.Fork(ancestor.Hash()); err != nil {
		t.Fatal(err)
	}
	ch.call(t, 1, counter, 5)
	ch.b.Commit()
	// The new branch is still shorter than ours: nothing happens yet.
	if err := w.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if _, reverts, _ := rec.snapshot(); len(reverts) != 0 {
		t.Fatalf("reverted %v while the new branch was shorter", reverts)
	}
	ch.b.Commit()
	ch.b.Commit()
	if err := w.Sync(ctx); err != nil {
		t.Fatal(err)
	}

	applied, reverts, after := rec.snapshot()
	if len(reverts) != 1 || reverts[0].Hash != ancestor.Hash() || reverts[0].Number != start+1 {
		t.Fatalf("reverts %+v, want exactly one to the ancestor #%d %s", reverts, start+1, ancestor.Hash())
	}
	want := canonical(t, ch, counter, start)
	if !equalEntries(after, want) {
		t.Fatalf("after the reorg: state %v, want the new canonical logs %v", after, want)
	}
	for _, e := range before[1:] {
		for _, a := range after {
			if a.Hash == e.Hash {
				t.Fatalf("log of an orphaned block %s survived the reorg", e.Hash)
			}
		}
	}
	head := ch.head(t)
	if got := w.Head(); got.Hash != head.Hash() {
		t.Fatalf("watcher head %d %s, chain head %d %s", got.Number, got.Hash, head.Number, head.Hash())
	}
	// Every applied block is the canonical one at its height, in order.
	for i, b := range applied {
		h, err := ch.b.Client().HeaderByNumber(ctx, new(big.Int).SetUint64(b.Number))
		if err != nil {
			t.Fatal(err)
		}
		if h.Hash() != b.Hash || b.Number != start+1+uint64(i) {
			t.Fatalf("applied[%d] = #%d %s, canonical %s", i, b.Number, b.Hash, h.Hash())
		}
	}
	if w.Reorgs() != 1 {
		t.Fatalf("Reorgs() = %d, want 1", w.Reorgs())
	}
}

func TestWatcherReorgDeeperThanHistory(t *testing.T) {
	ch := newChain(t, 1)
	counter := ch.deploy(t, ch.keys[0], counterRuntime())
	start := ch.head(t).Number.Uint64()
	rec := &recorder{addr: counter}
	w, err := evm.NewWatcher(evm.WatcherOptions{Venue: "testchain", Source: ch.b.Client(), Consumers: []evm.LogConsumer{rec}, Start: start, MaxReorgDepth: 2})
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 4; i++ {
		ch.call(t, 0, counter, 1)
		ch.b.Commit()
	}
	if err := w.Sync(context.Background()); err != nil {
		t.Fatal(err)
	}
	base, err := ch.b.Client().HeaderByNumber(context.Background(), new(big.Int).SetUint64(start))
	if err != nil {
		t.Fatal(err)
	}
	if err := ch.b.Fork(base.Hash()); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 6; i++ {
		ch.b.Commit()
	}
	if err := w.Sync(context.Background()); !errors.Is(err, evm.ErrReorgTooDeep) {
		t.Fatalf("reorg 4 deep with history 2: err %v, want ErrReorgTooDeep", err)
	}
}

func TestWatcherRoutesLogsAndSkipsBlocksByBloom(t *testing.T) {
	ch := newChain(t, 1)
	c1 := ch.deploy(t, ch.keys[0], counterRuntime())
	c2 := ch.deploy(t, ch.keys[0], counterRuntime())
	start := ch.head(t).Number.Uint64()
	p := newProxy(t, ch.rpc)
	cl := newClient(t, zerolog.Nop(), nil, evm.Endpoint{Name: "p", HTTP: p.url("k")})
	if err := cl.Connect(context.Background()); err != nil {
		t.Fatal(err)
	}
	r1, r2 := &recorder{addr: c1}, &recorder{addr: c2}
	w, err := evm.NewWatcher(evm.WatcherOptions{Venue: "testchain", Source: cl, Consumers: []evm.LogConsumer{r1, r2}, Start: start})
	if err != nil {
		t.Fatal(err)
	}
	ch.call(t, 0, c1, 1)
	ch.b.Commit()
	ch.call(t, 0, c2, 1)
	ch.call(t, 0, c2, 1)
	ch.b.Commit()
	for i := 0; i < 3; i++ { // blocks touching neither counter
		ch.b.Commit()
	}
	if err := w.Sync(context.Background()); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		r    *recorder
		a    common.Address
	}{{"c1", r1, c1}, {"c2", r2, c2}} {
		applied, _, state := tc.r.snapshot()
		if len(applied) != 5 {
			t.Errorf("%s: applied %d blocks, want 5 (every block, with or without logs)", tc.name, len(applied))
		}
		if want := canonical(t, ch, tc.a, start); !equalEntries(state, want) {
			t.Errorf("%s: state %v, want %v", tc.name, state, want)
		}
	}
	if got := p.count("eth_getLogs"); got != 2 {
		t.Fatalf("eth_getLogs calls = %d, want 2 (the bloom rules out the 3 blocks without our logs)", got)
	}
}

func TestWatcherRunFollowsHeads(t *testing.T) {
	for _, tc := range []struct {
		name string
		ep   func(ch *chain, t *testing.T) evm.Endpoint
	}{
		{"subscription", func(ch *chain, t *testing.T) evm.Endpoint { return ch.endpoint("ipc") }},
		{"polling", func(ch *chain, t *testing.T) evm.Endpoint {
			return evm.Endpoint{Name: "http-only", HTTP: newProxy(t, ch.rpc).url("k")}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ch := newChain(t, 1)
			counter := ch.deploy(t, ch.keys[0], counterRuntime())
			start := ch.head(t).Number.Uint64()
			cl := newClient(t, zerolog.Nop(), nil, tc.ep(ch, t))
			if err := cl.Connect(context.Background()); err != nil {
				t.Fatal(err)
			}
			rec := &recorder{addr: counter}
			w, err := evm.NewWatcher(evm.WatcherOptions{Venue: "testchain", Source: cl, Consumers: []evm.LogConsumer{rec},
				Start: start, PollInterval: 20 * time.Millisecond})
			if err != nil {
				t.Fatal(err)
			}
			runBG(t, w.Run)
			for i := 0; i < 5; i++ {
				ch.call(t, 0, counter, 1)
				ch.b.Commit()
			}
			head := ch.head(t)
			deadline := time.Now().Add(10 * time.Second)
			for w.Head().Hash != head.Hash() {
				if time.Now().After(deadline) {
					t.Fatalf("watcher at #%d, chain at #%d after 10s", w.Head().Number, head.Number.Uint64())
				}
				time.Sleep(5 * time.Millisecond)
			}
			if _, _, state := rec.snapshot(); !equalEntries(state, canonical(t, ch, counter, start)) || len(state) != 5 {
				t.Fatalf("state %v, want the 5 canonical logs", state)
			}
			if w.Lag() != 0 {
				t.Fatalf("Lag() = %d at the head", w.Lag())
			}
		})
	}
}

// flakyLogs is a block source whose eth_getLogs fails while broken is set.
type flakyLogs struct {
	evm.BlockSource
	broken atomic.Bool
}

func (f *flakyLogs) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if f.broken.Load() {
		return nil, errors.New("injected getLogs failure")
	}
	return f.BlockSource.FilterLogs(ctx, q)
}

func TestWatcherLagWhileLogsFail(t *testing.T) {
	ch := newChain(t, 1)
	counter := ch.deploy(t, ch.keys[0], counterRuntime())
	start := ch.head(t).Number.Uint64()
	src := &flakyLogs{BlockSource: ch.b.Client()}
	rec := &recorder{addr: counter}
	w, err := evm.NewWatcher(evm.WatcherOptions{Venue: "testchain", Source: src, Consumers: []evm.LogConsumer{rec}, Start: start})
	if err != nil {
		t.Fatal(err)
	}
	ch.b.Commit()
	ch.b.Commit()
	ch.call(t, 0, counter, 1)
	ch.b.Commit()
	ch.b.Commit()
	ch.b.Commit()
	src.broken.Store(true)
	if err := w.Sync(context.Background()); err == nil {
		t.Fatal("Sync succeeded with getLogs failing")
	}
	// Blocks start+1 and start+2 have no logs of ours (the bloom says so); the
	// call's block start+3 needs getLogs and stops the sync there.
	if got := w.Head().Number; got != start+2 {
		t.Fatalf("applied up to #%d, want #%d", got, start+2)
	}
	if got := w.Lag(); got != 3 {
		t.Fatalf("Lag() = %d, want 3", got)
	}
	src.broken.Store(false)
	if err := w.Sync(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := w.Lag(); got != 0 {
		t.Fatalf("Lag() = %d after recovery, want 0", got)
	}
	if _, _, state := rec.snapshot(); len(state) != 1 || state[0].Block != start+3 {
		t.Fatalf("state %v, want the one log of block #%d", state, start+3)
	}
}
