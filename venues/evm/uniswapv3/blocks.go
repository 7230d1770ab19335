package uniswapv3

import (
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/navarb/navarb/venues/evm"
)

// topics are topic0 of the pool events that change swap state.
type topics struct {
	initialize, mint, burn, swap common.Hash
}

func eventTopics() topics {
	return topics{
		initialize: crypto.Keccak256Hash([]byte("Initialize(uint160,int24)")),
		mint:       crypto.Keccak256Hash([]byte("Mint(address,address,int24,int24,uint128,uint256,uint256)")),
		burn:       crypto.Keccak256Hash([]byte("Burn(address,int24,int24,uint128,uint256,uint256)")),
		swap:       crypto.Keccak256Hash([]byte("Swap(address,address,int256,int256,uint160,uint128,int24)")),
	}
}

// Filter names the pool and its Initialize, Mint, Burn and Swap events.
func (p *Pool) Filter() (addresses []common.Address, topics []common.Hash) {
	t := p.topics
	return []common.Address{p.addr}, []common.Hash{t.initialize, t.mint, t.burn, t.swap}
}

// ApplyBlock applies the next canonical block's logs in order. A block the
// pool already holds (same number and hash) is ignored, so replays are
// harmless. On an error the pool is unchanged.
func (p *Pool) ApplyBlock(b evm.BlockRef, logs []types.Log) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if b.Number <= p.ref.Number {
		if r, ok := p.refAt(b.Number); ok && (r.Hash == b.Hash || r.Hash == (common.Hash{})) {
			return nil
		}
		return fmt.Errorf("uniswapv3: pool %s: block %d (%s) conflicts with the applied chain (at %d): %w", p.addr, b.Number, b.Hash, p.ref.Number, ErrBlockOrder)
	}
	if b.Number != p.ref.Number+1 {
		return fmt.Errorf("uniswapv3: pool %s: block %d after %d: %w", p.addr, b.Number, p.ref.Number, ErrBlockOrder)
	}
	if p.ref.Hash != (common.Hash{}) && b.ParentHash != p.ref.Hash {
		return fmt.Errorf("uniswapv3: pool %s: block %d parent %s is not %s (revert first): %w", p.addr, b.Number, b.ParentHash, p.ref.Hash, ErrBlockOrder)
	}
	u := blockUndo{ref: b, prev: p.cur}
	for i := range logs {
		if err := p.applyLog(b, &logs[i], &u); err != nil {
			p.rollback(&u)
			return err
		}
	}
	if len(p.undo) == p.opt.MaxReorgDepth {
		p.base = p.undo[0].ref
		copy(p.undo, p.undo[1:])
		p.undo[len(p.undo)-1] = blockUndo{}
		p.undo = p.undo[:len(p.undo)-1]
	}
	p.undo = append(p.undo, u)
	p.ref = b
	return nil
}

func (p *Pool) applyLog(b evm.BlockRef, l *types.Log, u *blockUndo) error {
	if l.Address != p.addr || len(l.Topics) == 0 {
		return nil
	}
	t := p.topics
	topic := l.Topics[0]
	if topic != t.initialize && topic != t.mint && topic != t.burn && topic != t.swap {
		return nil
	}
	if l.Removed || (l.BlockHash != (common.Hash{}) && l.BlockHash != b.Hash) {
		return fmt.Errorf("uniswapv3: pool %s: log %d of block %d is not from that block: %w", p.addr, l.Index, b.Number, ErrBlockOrder)
	}
	bad := func(what string) error {
		return fmt.Errorf("uniswapv3: pool %s: malformed %s log %d in block %d", p.addr, what, l.Index, b.Number)
	}
	switch topic {
	case t.initialize:
		if len(l.Data) != 64 {
			return bad("Initialize")
		}
		p.cur.sqrtPrice.SetBytes32(l.Data[:32])
		p.cur.tick = int24At(l.Data[32:64])
	case t.swap:
		if len(l.Data) != 160 {
			return bad("Swap")
		}
		p.cur.sqrtPrice.SetBytes32(l.Data[64:96])
		p.cur.liquidity.SetBytes32(l.Data[96:128])
		p.cur.tick = int24At(l.Data[128:160])
	case t.mint, t.burn:
		if len(l.Topics) != 4 || (topic == t.mint && len(l.Data) != 128) || (topic == t.burn && len(l.Data) != 96) {
			return bad("Mint/Burn")
		}
		var amount uint256.Int
		if topic == t.mint {
			amount.SetBytes32(l.Data[32:64])
		} else {
			amount.SetBytes32(l.Data[:32])
		}
		if err := p.modifyPosition(int24At(l.Topics[2][:]), int24At(l.Topics[3][:]), &amount, topic == t.burn, u); err != nil {
			return fmt.Errorf("uniswapv3: pool %s: log %d in block %d: %w", p.addr, l.Index, b.Number, err)
		}
	}
	return nil
}

// modifyPosition applies a Mint (or Burn, neg) of liquidity to a range as
// UniswapV3Pool._modifyPosition does to the ticks and in-range liquidity.
func (p *Pool) modifyPosition(lower, upper int32, amount *uint256.Int, neg bool, u *blockUndo) error {
	if amount.IsZero() {
		return nil // a zero Burn collects fees; nothing moves
	}
	for _, edge := range []struct {
		tick  int32
		upper bool
	}{{lower, false}, {upper, true}} {
		tt, old, had, ok := p.ticks.update(edge.tick, amount, neg, edge.upper)
		if !ok {
			return fmt.Errorf("tick %d liquidity out of range: %w", edge.tick, ErrMath)
		}
		p.ticks = tt
		u.ticks = append(u.ticks, tickUndo{old: old, had: had})
	}
	if lower <= p.cur.tick && p.cur.tick < upper && !addDelta(&p.cur.liquidity, &p.cur.liquidity, amount, neg) {
		return fmt.Errorf("in-range liquidity out of range: %w", ErrMath)
	}
	return nil
}

// rollback undoes a partly applied block.
func (p *Pool) rollback(u *blockUndo) {
	for i := len(u.ticks) - 1; i >= 0; i-- {
		p.ticks = p.ticks.restore(u.ticks[i].old, u.ticks[i].had)
	}
	p.cur = u.prev
}

// Revert rolls the state back to right after block `to`.
func (p *Pool) Revert(to evm.BlockRef) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if to.Number >= p.ref.Number {
		if to.Number == p.ref.Number && to.Hash != p.ref.Hash && to.Hash != (common.Hash{}) && p.ref.Hash != (common.Hash{}) {
			return fmt.Errorf("uniswapv3: pool %s: revert to %d (%s) but the pool holds %s: %w", p.addr, to.Number, to.Hash, p.ref.Hash, ErrReorgTooDeep)
		}
		return nil
	}
	r, ok := p.refAt(to.Number)
	if !ok || (r.Hash != (common.Hash{}) && to.Hash != (common.Hash{}) && r.Hash != to.Hash) {
		return fmt.Errorf("uniswapv3: pool %s: revert to block %d, history holds %d..%d: %w", p.addr, to.Number, p.base.Number, p.ref.Number, ErrReorgTooDeep)
	}
	for len(p.undo) > 0 && p.undo[len(p.undo)-1].ref.Number > to.Number {
		u := &p.undo[len(p.undo)-1]
		p.rollback(u)
		p.undo[len(p.undo)-1] = blockUndo{}
		p.undo = p.undo[:len(p.undo)-1]
	}
	p.ref = r
	return nil
}

// refAt is the kept block at a height.
func (p *Pool) refAt(number uint64) (evm.BlockRef, bool) {
	if number == p.base.Number {
		return p.base, true
	}
	for i := len(p.undo) - 1; i >= 0; i-- {
		if p.undo[i].ref.Number == number {
			return p.undo[i].ref, true
		}
	}
	return evm.BlockRef{}, false
}

// int24At decodes a sign-extended int24 from a 32-byte word.
func int24At(w []byte) int32 {
	return int32(binary.BigEndian.Uint32(w[28:32]))
}
