package uniswapv2

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/navarb/navarb/venues/evm"
)

// Errors of block handling.
var (
	// ErrReorgTooDeep is a Revert to a block older than the kept history:
	// the pool must be rebuilt with NewPool.
	ErrReorgTooDeep = errors.New("uniswapv2: reorg deeper than the kept history")
	// ErrBlockOrder is a block that does not extend the pool's current block.
	ErrBlockOrder = errors.New("uniswapv2: block out of order")
)

// Options configures a Pool.
type Options struct {
	// At is the block whose state NewPool reads (required: Number; Hash lets
	// the pool check the first ApplyBlock's parent). The watcher then feeds
	// blocks from At.Number+1.
	At evm.BlockRef
	// FeeBps is the swap fee in basis points; default 30 (Uniswap V2).
	FeeBps uint32
	// MaxReorgDepth is how many blocks of history Revert can undo; default 64.
	MaxReorgDepth int
	// Labels of the venues.PoolUpdate view: Venue (default "uniswapv2"),
	// Name ("ETH2X-USDC"), and the base and quote token symbols. BaseToken
	// is the base token's address (default token0).
	Venue, Name, BaseSymbol, QuoteSymbol string
	BaseToken                            common.Address
}

// Pool is one Uniswap V2 pair. It is safe for concurrent use: the watcher
// applies blocks while other goroutines quote.
type Pool struct {
	addr           common.Address
	token0, token1 common.Address
	dec0, dec1     uint8
	opt            Options
	syncTopic      common.Hash

	mu sync.RWMutex
	// hist holds the state after each kept block, oldest first; the last
	// entry is the current state.
	hist []state
}

type state struct {
	ref                evm.BlockRef
	reserve0, reserve1 uint256.Int
}

var _ evm.LogConsumer = (*Pool)(nil)

// NewPool reads the pair at addr (tokens, decimals, reserves) at block
// opt.At and returns it ready for ApplyBlock from opt.At.Number+1.
func NewPool(ctx context.Context, caller evm.Caller, addr common.Address, opt Options) (*Pool, error) {
	if opt.FeeBps == 0 {
		opt.FeeBps = 30
	}
	if opt.FeeBps >= bpsDenominator {
		return nil, fmt.Errorf("uniswapv2: pool %s: fee %d bps out of range", addr, opt.FeeBps)
	}
	if opt.MaxReorgDepth <= 0 {
		opt.MaxReorgDepth = 64
	}
	if opt.Venue == "" {
		opt.Venue = "uniswapv2"
	}
	if opt.At.Number == 0 {
		return nil, fmt.Errorf("uniswapv2: pool %s: Options.At is required", addr)
	}
	r := reader{ctx: ctx, caller: caller, block: opt.At.Number}
	p := &Pool{addr: addr, opt: opt, syncTopic: SyncTopic()}
	p.token0 = r.address(addr, "token0()")
	p.token1 = r.address(addr, "token1()")
	p.dec0 = r.uint8(p.token0, "decimals()")
	p.dec1 = r.uint8(p.token1, "decimals()")
	var s state
	s.ref = opt.At
	r.reserves(addr, &s.reserve0, &s.reserve1)
	if r.err != nil {
		return nil, fmt.Errorf("uniswapv2: read pool %s at block %d: %w", addr, opt.At.Number, r.err)
	}
	if opt.BaseToken != (common.Address{}) && opt.BaseToken != p.token0 && opt.BaseToken != p.token1 {
		return nil, fmt.Errorf("uniswapv2: pool %s: base token %s is neither token0 nor token1", addr, opt.BaseToken)
	}
	p.hist = append(make([]state, 0, opt.MaxReorgDepth+1), s)
	return p, nil
}

// Address is the pair's address.
func (p *Pool) Address() common.Address { return p.addr }

// Tokens returns token0 and token1.
func (p *Pool) Tokens() (token0, token1 common.Address) { return p.token0, p.token1 }

// Decimals returns the decimals of token0 and token1.
func (p *Pool) Decimals() (dec0, dec1 uint8) { return p.dec0, p.dec1 }

// FeeBps is the swap fee in basis points.
func (p *Pool) FeeBps() uint32 { return p.opt.FeeBps }

// Reserves returns the current reserves.
func (p *Pool) Reserves() (reserve0, reserve1 uint256.Int) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	s := &p.hist[len(p.hist)-1]
	return s.reserve0, s.reserve1
}

// Block is the last block the pool's state includes.
func (p *Pool) Block() evm.BlockRef {
	p.mu.RLock()
	defer p.mu.RUnlock()
	return p.hist[len(p.hist)-1].ref
}

// AmountOut is what the pair pays now for amountIn of token0 (zeroForOne)
// or token1: GetAmountOut with the current reserves.
func (p *Pool) AmountOut(zeroForOne bool, amountIn *uint256.Int) (uint256.Int, error) {
	p.mu.RLock()
	s := &p.hist[len(p.hist)-1]
	rIn, rOut := &s.reserve0, &s.reserve1
	if !zeroForOne {
		rIn, rOut = rOut, rIn
	}
	out, err := GetAmountOut(amountIn, rIn, rOut, p.opt.FeeBps)
	p.mu.RUnlock()
	return out, err
}

// AmountIn is the smallest input of token0 (zeroForOne) or token1 for which
// the pair pays amountOut of the other token now.
func (p *Pool) AmountIn(zeroForOne bool, amountOut *uint256.Int) (uint256.Int, error) {
	p.mu.RLock()
	s := &p.hist[len(p.hist)-1]
	rIn, rOut := &s.reserve0, &s.reserve1
	if !zeroForOne {
		rIn, rOut = rOut, rIn
	}
	in, err := GetAmountIn(amountOut, rIn, rOut, p.opt.FeeBps)
	p.mu.RUnlock()
	return in, err
}

// Filter names the pair and its Sync event (Sync follows every mint, burn
// and swap with the new reserves).
func (p *Pool) Filter() (addresses []common.Address, topics []common.Hash) {
	return []common.Address{p.addr}, []common.Hash{p.syncTopic}
}

// ApplyBlock applies the next canonical block's logs. A block the pool
// already holds (same number and hash) is ignored, so replays are harmless.
func (p *Pool) ApplyBlock(b evm.BlockRef, logs []types.Log) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	cur := p.hist[len(p.hist)-1]
	if b.Number <= cur.ref.Number {
		if s := p.find(b.Number); s != nil && (s.ref.Hash == b.Hash || s.ref.Hash == (common.Hash{})) {
			return nil
		}
		return fmt.Errorf("uniswapv2: pool %s: block %d (%s) conflicts with the applied chain (at %d): %w", p.addr, b.Number, b.Hash, cur.ref.Number, ErrBlockOrder)
	}
	if b.Number != cur.ref.Number+1 {
		return fmt.Errorf("uniswapv2: pool %s: block %d after %d: %w", p.addr, b.Number, cur.ref.Number, ErrBlockOrder)
	}
	if cur.ref.Hash != (common.Hash{}) && b.ParentHash != cur.ref.Hash {
		return fmt.Errorf("uniswapv2: pool %s: block %d parent %s is not %s (revert first): %w", p.addr, b.Number, b.ParentHash, cur.ref.Hash, ErrBlockOrder)
	}
	next := cur
	next.ref = b
	for i := range logs {
		l := &logs[i]
		if l.Address != p.addr || len(l.Topics) == 0 || l.Topics[0] != p.syncTopic {
			continue
		}
		if l.Removed || (l.BlockHash != (common.Hash{}) && l.BlockHash != b.Hash) {
			return fmt.Errorf("uniswapv2: pool %s: log %d of block %d is not from that block: %w", p.addr, l.Index, b.Number, ErrBlockOrder)
		}
		if len(l.Data) != 64 {
			return fmt.Errorf("uniswapv2: pool %s: Sync log %d of block %d has %d data bytes", p.addr, l.Index, b.Number, len(l.Data))
		}
		next.reserve0.SetBytes32(l.Data[:32])
		next.reserve1.SetBytes32(l.Data[32:])
	}
	if len(p.hist) == p.opt.MaxReorgDepth+1 {
		copy(p.hist, p.hist[1:])
		p.hist = p.hist[:len(p.hist)-1]
	}
	p.hist = append(p.hist, next)
	return nil
}

// Revert rolls the state back to right after block `to`.
func (p *Pool) Revert(to evm.BlockRef) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if to.Number >= p.hist[len(p.hist)-1].ref.Number {
		cur := p.hist[len(p.hist)-1].ref
		if to.Number == cur.Number && to.Hash != cur.Hash && to.Hash != (common.Hash{}) && cur.Hash != (common.Hash{}) {
			return fmt.Errorf("uniswapv2: pool %s: revert to %d (%s) but the pool holds %s: %w", p.addr, to.Number, to.Hash, cur.Hash, ErrReorgTooDeep)
		}
		return nil
	}
	for i := len(p.hist) - 1; i >= 0; i-- {
		s := &p.hist[i]
		if s.ref.Number != to.Number {
			continue
		}
		if s.ref.Hash != (common.Hash{}) && to.Hash != (common.Hash{}) && s.ref.Hash != to.Hash {
			break
		}
		p.hist = p.hist[:i+1]
		return nil
	}
	return fmt.Errorf("uniswapv2: pool %s: revert to block %d, history holds %d..%d: %w",
		p.addr, to.Number, p.hist[0].ref.Number, p.hist[len(p.hist)-1].ref.Number, ErrReorgTooDeep)
}

func (p *Pool) find(number uint64) *state {
	for i := len(p.hist) - 1; i >= 0; i-- {
		if p.hist[i].ref.Number == number {
			return &p.hist[i]
		}
	}
	return nil
}
