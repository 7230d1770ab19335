package uniswapv2

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/navarb/navarb/venues/evm"
)

// SyncTopic is topic0 of the pair's Sync(uint112 reserve0, uint112 reserve1).
func SyncTopic() common.Hash {
	return crypto.Keccak256Hash([]byte("Sync(uint112,uint112)"))
}

// selector is the 4-byte selector of a function signature.
func selector(sig string) []byte {
	return crypto.Keccak256([]byte(sig))[:4]
}

// reader makes eth_calls at one block and keeps the first error.
type reader struct {
	ctx    context.Context
	caller evm.Caller
	block  uint64
	err    error
}

func (r *reader) call(to common.Address, sig string, minLen int) []byte {
	if r.err != nil {
		return nil
	}
	out, err := r.caller.CallContract(r.ctx, ethereum.CallMsg{To: &to, Data: selector(sig)}, new(big.Int).SetUint64(r.block))
	if err != nil {
		r.err = fmt.Errorf("call %s on %s: %w", sig, to, err)
		return nil
	}
	if len(out) < minLen {
		r.err = fmt.Errorf("call %s on %s: %d bytes returned, want %d", sig, to, len(out), minLen)
		return nil
	}
	return out
}

func (r *reader) address(to common.Address, sig string) common.Address {
	out := r.call(to, sig, 32)
	if out == nil {
		return common.Address{}
	}
	return common.BytesToAddress(out[12:32])
}

func (r *reader) uint8(to common.Address, sig string) uint8 {
	out := r.call(to, sig, 32)
	if out == nil {
		return 0
	}
	var v uint256.Int
	v.SetBytes32(out[:32])
	if !v.IsUint64() || v.Uint64() > 255 {
		r.err = fmt.Errorf("call %s on %s: %s is not a uint8", sig, to, v.Dec())
		return 0
	}
	return uint8(v.Uint64())
}

func (r *reader) reserves(pair common.Address, reserve0, reserve1 *uint256.Int) {
	out := r.call(pair, "getReserves()", 96)
	if out == nil {
		return
	}
	reserve0.SetBytes32(out[:32])
	reserve1.SetBytes32(out[32:64])
}
