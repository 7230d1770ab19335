package uniswapv3

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/navarb/navarb/venues/evm"
	"github.com/navarb/navarb/venues/evm/contracts"
)

// load reads the pool with UniswapV3PoolLens, eth_call'ed as creation code
// (nothing is deployed), in chunks of ticks, all at block opt.At.
func (p *Pool) load(ctx context.Context, caller evm.Caller) error {
	lens := contracts.NewUniswapV3PoolLens()
	code := common.FromHex(contracts.UniswapV3PoolLensMetaData.Bin)
	block := new(big.Int).SetUint64(p.opt.At.Number)
	from := big.NewInt(-1 << 23) // below every compressed tick: start at the first
	for chunk := 0; ; chunk++ {
		args := lens.PackConstructor(p.addr, from, big.NewInt(int64(p.opt.LensMaxTicks)), big.NewInt(int64(p.opt.LensMaxWords)))
		data := append(append(make([]byte, 0, len(code)+len(args)), code...), args...)
		out, err := caller.CallContract(ctx, ethereum.CallMsg{Data: data}, block)
		if err != nil {
			return fmt.Errorf("lens call %d: %w", chunk, err)
		}
		s, err := lens.UnpackSnapshot(out)
		if err != nil {
			return fmt.Errorf("lens call %d: decode: %w", chunk, err)
		}
		if s.BlockNumber.Uint64() != p.opt.At.Number {
			return fmt.Errorf("lens call %d: read block %s, want %d", chunk, s.BlockNumber, p.opt.At.Number)
		}
		if chunk == 0 {
			if err := p.setHeader(&s); err != nil {
				return err
			}
		}
		for _, t := range s.Ticks {
			ti := tickInfo{tick: int32(t.Tick.Int64())}
			if ti.tick < MinTick || ti.tick > MaxTick {
				return fmt.Errorf("tick %d out of range", ti.tick)
			}
			sqrtRatioAtTick(ti.tick, &ti.sqrt)
			if ti.gross.SetFromBig(t.LiquidityGross) {
				return fmt.Errorf("tick %d: gross liquidity overflows", ti.tick)
			}
			net := new(big.Int).Abs(t.LiquidityNet)
			ti.netNeg = t.LiquidityNet.Sign() < 0
			ti.net.SetFromBig(net)
			if n := len(p.ticks); n > 0 && p.ticks[n-1].tick >= ti.tick {
				return fmt.Errorf("tick %d after %d: lens out of order", ti.tick, p.ticks[n-1].tick)
			}
			p.ticks = append(p.ticks, ti)
		}
		if s.Done {
			return p.readDecimals(ctx, caller)
		}
		if s.Next.Cmp(from) <= 0 {
			return fmt.Errorf("lens call %d made no progress at %s", chunk, from)
		}
		from = s.Next
	}
}

// setHeader takes the pool's immutables and slot0 from the first snapshot,
// and reads the tokens' decimals.
func (p *Pool) setHeader(s *contracts.UniswapV3PoolLensSnapshot) error {
	p.token0, p.token1 = s.Token0, s.Token1
	p.fee = uint32(s.Fee.Uint64())
	p.spacing = int32(s.TickSpacing.Int64())
	if p.spacing <= 0 {
		return fmt.Errorf("tick spacing %d", p.spacing)
	}
	p.cur.tick = int32(s.Tick.Int64())
	if p.cur.sqrtPrice.SetFromBig(s.SqrtPriceX96) || p.cur.liquidity.SetFromBig(s.Liquidity) {
		return fmt.Errorf("slot0 overflows")
	}
	return nil
}

// readDecimals reads both tokens' decimals() at block opt.At.
func (p *Pool) readDecimals(ctx context.Context, caller evm.Caller) error {
	block := new(big.Int).SetUint64(p.opt.At.Number)
	sel := crypto.Keccak256([]byte("decimals()"))[:4]
	for _, tok := range []struct {
		addr common.Address
		dst  *uint8
	}{{p.token0, &p.dec0}, {p.token1, &p.dec1}} {
		to := tok.addr
		out, err := caller.CallContract(ctx, ethereum.CallMsg{To: &to, Data: sel}, block)
		if err != nil {
			return fmt.Errorf("decimals of %s: %w", to, err)
		}
		if len(out) < 32 {
			return fmt.Errorf("decimals of %s: %d bytes returned", to, len(out))
		}
		var v uint256.Int
		v.SetBytes32(out[:32])
		if !v.IsUint64() || v.Uint64() > 255 {
			return fmt.Errorf("decimals of %s: %s is not a uint8", to, v.Dec())
		}
		*tok.dst = uint8(v.Uint64())
	}
	return nil
}
