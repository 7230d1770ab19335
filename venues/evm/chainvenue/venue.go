package chainvenue

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/evm"
	"github.com/navarb/navarb/venues/evm/uniswapv2"
	"github.com/navarb/navarb/venues/evm/uniswapv3"
)

// Options configure a Venue.
type Options struct {
	// Chain names the chain in events ("arbitrum"); GasUpdate.Chain.
	Chain   string
	Client  *evm.Client
	Markets []Market
	// NativeUSD prices the chain's native asset for GasUpdate.
	NativeUSD func() float64
	// Events receives the venue's events (blocking; the venue coalesces
	// pool, NAV and gas state while the consumer is busy).
	Events chan<- venues.Event
	// MaxReorgDepth and PollInterval tune the watcher (defaults as
	// evm.WatcherOptions).
	MaxReorgDepth int
	PollInterval  time.Duration
	Logger        zerolog.Logger
}

// poolState is a pool consumer with its float view.
type poolState interface {
	evm.LogConsumer
	PoolUpdate() *venues.PoolUpdate
}

// Venue follows one chain for the engine. Run blocks.
type Venue struct {
	opts Options
	log  zerolog.Logger

	mu     sync.Mutex
	latest snapshot // the pools after the last block the watcher applied
	kick   chan struct{}
}

// snapshot is every pool's state right after one block, taken in the
// watcher's goroutine so that all pools are at that block.
type snapshot struct {
	ref   evm.BlockRef
	pools []*venues.PoolUpdate
}

// New validates opts; it does no I/O.
func New(opts Options) (*Venue, error) {
	if opts.Chain == "" || opts.Client == nil || opts.Events == nil || opts.NativeUSD == nil {
		return nil, errors.New("chainvenue: chain, client, events and native price are required")
	}
	if len(opts.Markets) == 0 {
		return nil, fmt.Errorf("chainvenue %s: no markets", opts.Chain)
	}
	for i := range opts.Markets {
		if err := opts.Markets[i].validate(); err != nil {
			return nil, fmt.Errorf("chainvenue %s: market %d: %w", opts.Chain, i, err)
		}
	}
	return &Venue{
		opts: opts,
		log:  opts.Logger.With().Str("venue", opts.Chain).Logger(),
		kick: make(chan struct{}, 1),
	}, nil
}

// Run reads every pool at the head, emits the state there, then follows
// the chain and emits the state after every block it applies, until ctx
// ends (nil) or the watcher fails (a reorg deeper than its history, a pool
// that cannot apply a block).
func (v *Venue) Run(ctx context.Context) error {
	c := v.opts.Client
	head, err := v.head(ctx)
	if err != nil {
		return nil // ctx ended
	}
	at := evm.BlockRef{Number: head.Number.Uint64(), Hash: head.Hash(), ParentHash: head.ParentHash, Time: head.Time}
	pools := make([]poolState, len(v.opts.Markets))
	consumers := make([]evm.LogConsumer, 0, len(pools)+1)
	var hookAddrs []common.Address
	var hookTopics []common.Hash
	for i := range v.opts.Markets {
		p, err := v.openPool(ctx, &v.opts.Markets[i], at)
		if err != nil {
			return err
		}
		pools[i] = p
		consumers = append(consumers, p)
		a, t := p.Filter()
		hookAddrs, hookTopics = append(hookAddrs, a...), append(hookTopics, t...)
	}
	hook := &blockHook{v: v, pools: pools, addrs: hookAddrs, topics: hookTopics}
	consumers = append(consumers, hook)
	w, err := evm.NewWatcher(evm.WatcherOptions{
		Venue: v.opts.Chain, Source: c, Consumers: consumers, Start: at.Number,
		MaxReorgDepth: v.opts.MaxReorgDepth, PollInterval: v.opts.PollInterval, Logger: v.opts.Logger,
	})
	if err != nil {
		return err
	}
	hook.snap(at)

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	werr := make(chan error, 1)
	go func() { werr <- w.Run(ctx) }()
	err = v.emitLoop(ctx)
	cancel()
	if e := <-werr; e != nil && ctx.Err() == nil {
		return fmt.Errorf("chainvenue %s: %w", v.opts.Chain, e)
	} else if e != nil {
		err = errors.Join(err, e)
	}
	if errors.Is(err, context.Canceled) {
		return nil
	}
	return err
}

// head reads the chain's head, retrying every poll interval while the
// client has no endpoint (it recovers on its own) until ctx ends.
func (v *Venue) head(ctx context.Context) (*types.Header, error) {
	wait := v.opts.PollInterval
	if wait <= 0 {
		wait = 2 * time.Second
	}
	for {
		h, err := v.opts.Client.HeaderByNumber(ctx, nil)
		if err == nil {
			return h, nil
		}
		v.log.Warn().Err(err).Msg("head not read; retrying")
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(wait):
		}
	}
}

func (v *Venue) openPool(ctx context.Context, m *Market, at evm.BlockRef) (poolState, error) {
	switch m.Kind {
	case PoolV2:
		p, err := uniswapv2.NewPool(ctx, v.opts.Client, m.Pool, uniswapv2.Options{
			At: at, FeeBps: m.FeePips / 100, MaxReorgDepth: v.opts.MaxReorgDepth,
			Name: m.PoolName, BaseSymbol: m.Token, QuoteSymbol: m.Quote, BaseToken: m.TokenAddr,
		})
		if err != nil {
			return nil, fmt.Errorf("chainvenue %s: %w", v.opts.Chain, err)
		}
		return p, nil
	case PoolV3:
		p, err := uniswapv3.NewPool(ctx, v.opts.Client, m.Pool, uniswapv3.Options{
			At: at, MaxReorgDepth: v.opts.MaxReorgDepth,
			Name: m.PoolName, BaseSymbol: m.Token, QuoteSymbol: m.Quote, BaseToken: m.TokenAddr,
		})
		if err != nil {
			return nil, fmt.Errorf("chainvenue %s: %w", v.opts.Chain, err)
		}
		return p, nil
	}
	return nil, fmt.Errorf("chainvenue %s: %s: unknown pool kind", v.opts.Chain, m.Token)
}

func (v *Venue) setLatest(s snapshot) {
	v.mu.Lock()
	v.latest = s
	v.mu.Unlock()
	select {
	case v.kick <- struct{}{}:
	default:
	}
}

// emitLoop emits the state of the latest applied block whenever the
// watcher applied one since the last emission.
func (v *Venue) emitLoop(ctx context.Context) error {
	var last uint64
	var lastHash common.Hash
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-v.kick:
		}
		v.mu.Lock()
		snap := v.latest
		v.mu.Unlock()
		b := snap.ref
		if b.Number == last && b.Hash == lastHash {
			continue
		}
		if err := v.emit(ctx, snap); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			// An RPC failure: the next block tries again.
			v.log.Warn().Err(err).Uint64("block", b.Number).Msg("block state not emitted")
			continue
		}
		last, lastHash = b.Number, b.Hash
	}
}

// emit sends each token's issuer state and NAV, then gas, then every pool,
// all as of the snapshot's block.
func (v *Venue) emit(ctx context.Context, snap snapshot) error {
	b := snap.ref
	when := time.Unix(int64(b.Time), 0).UTC()
	num := new(big.Int).SetUint64(b.Number)
	stale := v.opts.Client.Stale()
	evs := make([]venues.Event, 0, 3*len(snap.pools)+1)
	for i := range v.opts.Markets {
		m := &v.opts.Markets[i]
		nav, iu, err := m.Issuer.Read(ctx, num)
		if err != nil {
			return fmt.Errorf("chainvenue %s: block %d: %w", v.opts.Chain, b.Number, err)
		}
		nav.Time, iu.Time, iu.FeeAccruedAt = when, when, when
		evs = append(evs, &iu, &nav)
	}
	gas, err := v.gas(ctx, num, when)
	if err != nil {
		return err
	}
	evs = append(evs, gas)
	// Pools last: the engine decides on a pool update with the issuer and
	// gas of the same block already applied.
	for _, u := range snap.pools {
		u.Stale = stale
		evs = append(evs, u)
	}
	for _, ev := range evs {
		select {
		case v.opts.Events <- ev:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// blockHook is the watcher's last consumer: after the pools have applied a
// block (or reverted to one) it snapshots them for the venue. Its filter
// repeats the pools' so that it never widens the watcher's log query; it
// ignores the logs.
type blockHook struct {
	v      *Venue
	pools  []poolState
	addrs  []common.Address
	topics []common.Hash
}

func (h *blockHook) snap(b evm.BlockRef) {
	s := snapshot{ref: b, pools: make([]*venues.PoolUpdate, len(h.pools))}
	for i, p := range h.pools {
		s.pools[i] = p.PoolUpdate()
	}
	h.v.setLatest(s)
}

func (h *blockHook) Filter() ([]common.Address, []common.Hash) {
	if len(h.addrs) == 0 {
		// Never matches: no log has this topic.
		return []common.Address{{}}, []common.Hash{crypto.Keccak256Hash([]byte("navarb.chainvenue.none"))}
	}
	return h.addrs, h.topics
}

func (h *blockHook) ApplyBlock(b evm.BlockRef, _ []types.Log) error {
	h.snap(b)
	return nil
}

func (h *blockHook) Revert(to evm.BlockRef) error {
	h.snap(to)
	return nil
}
