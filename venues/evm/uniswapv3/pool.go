package uniswapv3

import (
	"context"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/navarb/navarb/venues/evm"
)

// Options configures a Pool.
type Options struct {
	// At is the block whose state NewPool reads (required: Number; Hash lets
	// the pool check the first ApplyBlock's parent). The watcher then feeds
	// blocks from At.Number+1.
	At evm.BlockRef
	// MaxReorgDepth is how many blocks of history Revert can undo; default 64.
	MaxReorgDepth int
	// Labels of the venues.PoolUpdate view: Venue (default "uniswapv3"),
	// Name ("ETH2X-USDC"), and the base and quote token symbols. BaseToken
	// is the base token's address (default token0).
	Venue, Name, BaseSymbol, QuoteSymbol string
	BaseToken                            common.Address
	// LensMaxTicks and LensMaxWords bound one eth_call of NewPool's tick
	// reader (defaults 200 and 1000). LensMaxTicks is at most 240: the
	// reader's answer must fit the 24,576-byte contract size limit.
	LensMaxTicks, LensMaxWords int
}

// Pool is one Uniswap V3 pool: slot0, in-range liquidity and every
// initialized tick, kept current from Swap, Mint, Burn and Initialize logs.
// It is safe for concurrent use: the watcher applies blocks while other
// goroutines quote.
type Pool struct {
	addr           common.Address
	token0, token1 common.Address
	dec0, dec1     uint8
	fee            uint32 // hundredths of a bip
	spacing        int32
	opt            Options
	topics         topics

	mu    sync.RWMutex
	cur   slot
	ticks tickTable
	ref   evm.BlockRef // the last block applied
	base  evm.BlockRef // the oldest block Revert can return to
	undo  []blockUndo  // one per block after base, oldest first
}

// slot is the swap state outside the ticks.
type slot struct {
	sqrtPrice uint256.Int
	tick      int32
	liquidity uint256.Int
}

// blockUndo restores the state before one block.
type blockUndo struct {
	ref   evm.BlockRef
	prev  slot
	ticks []tickUndo // ticks the block changed, in order
}

type tickUndo struct {
	old tickInfo
	had bool
}

var _ evm.LogConsumer = (*Pool)(nil)

// NewPool reads the pool at addr (tokens, decimals, fee, spacing, slot0,
// liquidity and all initialized ticks, in one block: opt.At) and returns it
// ready for ApplyBlock from opt.At.Number+1.
func NewPool(ctx context.Context, caller evm.Caller, addr common.Address, opt Options) (*Pool, error) {
	if opt.MaxReorgDepth <= 0 {
		opt.MaxReorgDepth = 64
	}
	if opt.Venue == "" {
		opt.Venue = "uniswapv3"
	}
	if opt.LensMaxTicks <= 0 {
		opt.LensMaxTicks = 200
	}
	if opt.LensMaxWords <= 0 {
		opt.LensMaxWords = 1000
	}
	if opt.LensMaxTicks > 240 {
		return nil, fmt.Errorf("uniswapv3: pool %s: LensMaxTicks %d above 240", addr, opt.LensMaxTicks)
	}
	if opt.At.Number == 0 {
		return nil, fmt.Errorf("uniswapv3: pool %s: Options.At is required", addr)
	}
	p := &Pool{addr: addr, opt: opt, topics: eventTopics(), ref: opt.At, base: opt.At}
	if err := p.load(ctx, caller); err != nil {
		return nil, fmt.Errorf("uniswapv3: read pool %s at block %d: %w", addr, opt.At.Number, err)
	}
	if opt.BaseToken != (common.Address{}) && opt.BaseToken != p.token0 && opt.BaseToken != p.token1 {
		return nil, fmt.Errorf("uniswapv3: pool %s: base token %s is neither token0 nor token1", addr, opt.BaseToken)
	}
	return p, nil
}

// Address is the pool's address.
func (p *Pool) Address() common.Address { return p.addr }

// Tokens returns token0 and token1.
func (p *Pool) Tokens() (token0, token1 common.Address) { return p.token0, p.token1 }

// Decimals returns the decimals of token0 and token1.
func (p *Pool) Decimals() (dec0, dec1 uint8) { return p.dec0, p.dec1 }

// Fee is the swap fee in hundredths of a bip (3000 = 0.3%).
func (p *Pool) Fee() uint32 { return p.fee }

// TickSpacing is the pool's tick spacing.
func (p *Pool) TickSpacing() int32 { return p.spacing }

// Slot0 returns the current sqrt price (Q64.96), tick and in-range liquidity.
func (p *Pool) Slot0() (sqrtPriceX96 uint256.Int, tick int32, liquidity uint256.Int) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	return p.cur.sqrtPrice, p.cur.tick, p.cur.liquidity
}

// Tick is an initialized tick's liquidity: gross, and net as a signed value.
type Tick struct {
	Tick           int32
	LiquidityGross uint256.Int
	LiquidityNet   uint256.Int // magnitude
	NetNegative    bool
}

// Ticks returns a copy of the initialized ticks in ascending order.
func (p *Pool) Ticks() []Tick {
	p.mu.RLock()
	defer p.mu.RUnlock()
	out := make([]Tick, len(p.ticks))
	for i, t := range p.ticks {
		out[i] = Tick{Tick: t.tick, LiquidityGross: t.gross, LiquidityNet: t.net, NetNegative: t.netNeg}
	}
	return out
}

// Block is the last block the pool's state includes.
func (p *Pool) Block() evm.BlockRef {
	p.mu.RLock()
	defer p.mu.RUnlock()
	return p.ref
}
