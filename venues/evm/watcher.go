package evm

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"
)

// DefaultMaxReorgDepth is the reorg depth a Watcher handles unless told
// otherwise; consumers keep at least this many blocks of history.
const DefaultMaxReorgDepth = 64

// ErrReorgTooDeep is returned when the chain reorganised below the oldest block
// the watcher remembers: consumers cannot be rolled back and must be rebuilt.
var ErrReorgTooDeep = errors.New("reorg deeper than the watcher's history")

// BlockSource is what the watcher reads: heads, and logs by block hash.
type BlockSource interface {
	HeadSource
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// WatcherOptions configures a Watcher.
type WatcherOptions struct {
	Venue  string
	Source BlockSource
	// Consumers, each fed every canonical block in order. Their Filter is read
	// once, by NewWatcher.
	Consumers []LogConsumer
	// Start is the block the consumers' state reflects: the first block applied
	// is Start+1.
	Start uint64
	// MaxReorgDepth is how many blocks back the watcher can roll consumers
	// (default DefaultMaxReorgDepth); consumers must keep at least that much
	// history.
	MaxReorgDepth int
	// PollInterval is the fallback poll when no subscription delivers heads
	// (default 2s).
	PollInterval time.Duration
	Logger       zerolog.Logger
}

// Watcher follows the canonical chain block by block and feeds the logs its
// consumers filter for. A block whose parent hash is not the previous block's
// hash is a reorg: the watcher finds the common ancestor among the blocks it
// remembers, calls Revert(ancestor) on every consumer, then applies the new
// branch. Consumers are called from one goroutine at a time.
type Watcher struct {
	opts  WatcherOptions
	log   zerolog.Logger
	cons  []consumerFilter
	addrs []common.Address
	tops  []common.Hash // nil: any topic

	mu       sync.Mutex // serialises Sync
	chain    []BlockRef // applied blocks, oldest first; chain[0] may be Start
	nodeHead uint64
	reorgs   int

	lagMu     sync.Mutex // readable while a Sync runs
	announced uint64     // newest head number seen
	applied   uint64     // last block applied
}

type consumerFilter struct {
	c     LogConsumer
	addrs map[common.Address]bool // empty: any address
	tops  map[common.Hash]bool    // empty: any topic0
}

func (f consumerFilter) match(l *types.Log) bool {
	if len(f.addrs) > 0 && !f.addrs[l.Address] {
		return false
	}
	if len(f.tops) > 0 && (len(l.Topics) == 0 || !f.tops[l.Topics[0]]) {
		return false
	}
	return true
}

// mayMatch uses the header's bloom to rule a block out without fetching logs.
func (f consumerFilter) mayMatch(bloom types.Bloom) bool {
	if len(f.addrs) > 0 {
		hit := false
		for a := range f.addrs {
			if types.BloomLookup(bloom, a) {
				hit = true
				break
			}
		}
		if !hit {
			return false
		}
	}
	if len(f.tops) > 0 {
		for t := range f.tops {
			if types.BloomLookup(bloom, t) {
				return true
			}
		}
		return false
	}
	return true
}

// NewWatcher validates opts and reads each consumer's filter; it does no I/O.
func NewWatcher(opts WatcherOptions) (*Watcher, error) {
	if opts.Source == nil {
		return nil, fmt.Errorf("evm %s: new watcher: no source", opts.Venue)
	}
	if opts.MaxReorgDepth <= 0 {
		opts.MaxReorgDepth = DefaultMaxReorgDepth
	}
	if opts.PollInterval <= 0 {
		opts.PollInterval = 2 * time.Second
	}
	w := &Watcher{opts: opts, log: opts.Logger.With().Str("venue", opts.Venue).Str("component", "watcher").Logger()}
	anyAddr, anyTopic := false, false
	seenA, seenT := map[common.Address]bool{}, map[common.Hash]bool{}
	for _, c := range opts.Consumers {
		a, t := c.Filter()
		f := consumerFilter{c: c, addrs: map[common.Address]bool{}, tops: map[common.Hash]bool{}}
		for _, x := range a {
			f.addrs[x] = true
			if !seenA[x] {
				seenA[x] = true
				w.addrs = append(w.addrs, x)
			}
		}
		for _, x := range t {
			f.tops[x] = true
			if !seenT[x] {
				seenT[x] = true
				w.tops = append(w.tops, x)
			}
		}
		anyAddr = anyAddr || len(a) == 0
		anyTopic = anyTopic || len(t) == 0
		w.cons = append(w.cons, f)
	}
	if anyAddr {
		w.addrs = nil
	}
	if anyTopic {
		w.tops = nil
	}
	return w, nil
}

// Run follows new heads (subscription, polling as fallback) until ctx ends (nil)
// or a consumer fails or a reorg is too deep (the error). RPC errors are logged
// and retried at the next head.
func (w *Watcher) Run(ctx context.Context) error {
	return followHeads(ctx, w.opts.Source, w.opts.PollInterval, w.log, func(ctx context.Context, announced *types.Header) error {
		if announced != nil {
			w.noteHead(announced.Number.Uint64())
		}
		err := w.Sync(ctx)
		switch {
		case err == nil || ctx.Err() != nil:
			return nil
		case errors.Is(err, ErrReorgTooDeep) || errors.Is(err, errConsumer):
			return err
		}
		w.log.Warn().Err(err).Uint64("lag", w.Lag()).Msg("sync failed; retrying at next head")
		return nil
	})
}

// noteHead records a head announced by the subscription, so that Lag shows how
// far behind the node the consumers are while a sync is failing or slow.
func (w *Watcher) noteHead(n uint64) {
	w.lagMu.Lock()
	defer w.lagMu.Unlock()
	if n > w.announced {
		w.announced = n
	}
}

// Head is the last block applied (Start before the first Sync).
func (w *Watcher) Head() BlockRef {
	w.mu.Lock()
	defer w.mu.Unlock()
	if len(w.chain) == 0 {
		return BlockRef{Number: w.opts.Start}
	}
	return w.chain[len(w.chain)-1]
}

// Lag is how many blocks the consumers trail the newest head the node reported
// (by the last Sync or, while one is running, by the subscription).
func (w *Watcher) Lag() uint64 {
	w.lagMu.Lock()
	defer w.lagMu.Unlock()
	if w.announced <= w.applied {
		return 0
	}
	return w.announced - w.applied
}

// Reorgs counts the reorgs handled so far.
func (w *Watcher) Reorgs() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.reorgs
}

var errConsumer = errors.New("log consumer failed")

func (w *Watcher) setApplied(n uint64) {
	w.lagMu.Lock()
	defer w.lagMu.Unlock()
	w.applied = n
}

// Sync applies every canonical block up to the node's current head, handling
// reorgs on the way. Run calls it on every head; tests may call it directly.
func (w *Watcher) Sync(ctx context.Context) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	head, err := w.opts.Source.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("evm %s: watcher head: %w", w.opts.Venue, err)
	}
	w.nodeHead = head.Number.Uint64()
	w.noteHead(w.nodeHead)
	if len(w.chain) == 0 {
		if w.nodeHead < w.opts.Start {
			return nil // the node is behind the consumers' start block
		}
		h, err := w.header(ctx, w.opts.Start)
		if err != nil {
			return err
		}
		w.chain = append(w.chain, refOf(h))
		w.setApplied(w.opts.Start)
	}
	tip := w.chain[len(w.chain)-1]
	if w.nodeHead < tip.Number {
		// A lagging node, or a branch that is still shorter than ours: wait until it
		// grows past us; its parent hashes then show whether it reorganised us.
		return nil
	}
	if w.nodeHead == tip.Number {
		if head.Hash() == tip.Hash {
			return nil
		}
		if err := w.reorg(ctx); err != nil {
			return err
		}
	}
	for {
		tip = w.chain[len(w.chain)-1]
		if tip.Number >= w.nodeHead {
			return nil
		}
		n := tip.Number + 1
		h := head
		if n != w.nodeHead {
			if h, err = w.header(ctx, n); err != nil {
				return err
			}
		}
		if h.ParentHash != tip.Hash {
			if err := w.reorg(ctx); err != nil {
				return err
			}
			continue
		}
		if err := w.apply(ctx, h); err != nil {
			return err
		}
	}
}

func refOf(h *types.Header) BlockRef {
	return BlockRef{Number: h.Number.Uint64(), Hash: h.Hash(), ParentHash: h.ParentHash, Time: h.Time}
}

func (w *Watcher) header(ctx context.Context, n uint64) (*types.Header, error) {
	h, err := w.opts.Source.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return nil, fmt.Errorf("evm %s: watcher header #%d: %w", w.opts.Venue, n, err)
	}
	return h, nil
}

// apply fetches one block's logs and hands each consumer its share.
func (w *Watcher) apply(ctx context.Context, h *types.Header) error {
	ref := refOf(h)
	var logs []types.Log
	need := false
	for _, f := range w.cons {
		if f.mayMatch(h.Bloom) {
			need = true
			break
		}
	}
	if need {
		q := ethereum.FilterQuery{BlockHash: &ref.Hash, Addresses: w.addrs}
		if w.tops != nil {
			q.Topics = [][]common.Hash{w.tops}
		}
		var err error
		if logs, err = w.opts.Source.FilterLogs(ctx, q); err != nil {
			return fmt.Errorf("evm %s: watcher logs of #%d: %w", w.opts.Venue, ref.Number, err)
		}
	}
	for _, f := range w.cons {
		var mine []types.Log
		for i := range logs {
			if logs[i].BlockHash == ref.Hash && !logs[i].Removed && f.match(&logs[i]) {
				mine = append(mine, logs[i])
			}
		}
		if err := f.c.ApplyBlock(ref, mine); err != nil {
			return fmt.Errorf("evm %s: apply block #%d: %w: %w", w.opts.Venue, ref.Number, errConsumer, err)
		}
	}
	w.chain = append(w.chain, ref)
	w.setApplied(ref.Number)
	if over := len(w.chain) - (w.opts.MaxReorgDepth + 1); over > 0 {
		w.chain = append(w.chain[:0], w.chain[over:]...)
	}
	return nil
}

// reorg finds the newest remembered block that is still canonical, reverts every
// consumer to it and truncates the remembered chain there.
func (w *Watcher) reorg(ctx context.Context) error {
	for i := len(w.chain) - 1; i >= 0; i-- {
		b := w.chain[i]
		h, err := w.opts.Source.HeaderByNumber(ctx, new(big.Int).SetUint64(b.Number))
		if errors.Is(err, ethereum.NotFound) {
			continue
		}
		if err != nil {
			return fmt.Errorf("evm %s: watcher reorg search at #%d: %w", w.opts.Venue, b.Number, err)
		}
		if h.Hash() != b.Hash {
			continue
		}
		dropped := len(w.chain) - 1 - i
		for _, f := range w.cons {
			if err := f.c.Revert(b); err != nil {
				return fmt.Errorf("evm %s: revert to #%d: %w: %w", w.opts.Venue, b.Number, errConsumer, err)
			}
		}
		w.chain = w.chain[:i+1]
		w.setApplied(b.Number)
		w.reorgs++
		w.log.Warn().Uint64("ancestor", b.Number).Str("ancestor_hash", b.Hash.Hex()).Int("dropped", dropped).
			Msg("reorg: consumers rolled back to the common ancestor")
		return nil
	}
	oldest := w.chain[0].Number
	return fmt.Errorf("evm %s: reorg below #%d: %w", w.opts.Venue, oldest, ErrReorgTooDeep)
}
