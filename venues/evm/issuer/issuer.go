package issuer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
)

// Caller reads contract code and makes eth_calls, as go-ethereum's
// bind.ContractCaller (ethclient.Client and the simulated backend's client
// satisfy it).
type Caller interface {
	CodeAt(ctx context.Context, contract common.Address, blockNumber *big.Int) ([]byte, error)
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

// ErrConfig marks a start-up check failure: a configured address has no
// code or is not what its field says.
var ErrConfig = errors.New("issuer config")

var (
	one18  = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	bpsDen = big.NewInt(10_000)
)

// field names a config field of token: tokens.<token>.<name>.
func field(token, name string) string { return "tokens." + token + "." + name }

// checkCode fails unless addr has code at the latest block.
func checkCode(ctx context.Context, c Caller, token, name string, addr common.Address) error {
	if addr == (common.Address{}) {
		return fmt.Errorf("%w: %s: not set", ErrConfig, field(token, name))
	}
	code, err := c.CodeAt(ctx, addr, nil)
	if err != nil {
		return fmt.Errorf("%s: read code at %s: %w", field(token, name), addr, err)
	}
	if len(code) == 0 {
		return fmt.Errorf("%w: %s: no contract code at %s", ErrConfig, field(token, name), addr)
	}
	return nil
}

// reader makes eth_calls at one block and keeps the first error.
type reader struct {
	ctx    context.Context
	caller Caller
	block  *big.Int
	err    error
}

func call[T any](r *reader, to common.Address, method string, data []byte, decode func([]byte) (T, error)) T {
	var zero T
	if r.err != nil {
		return zero
	}
	out, err := r.caller.CallContract(r.ctx, ethereum.CallMsg{To: &to, Data: data}, r.block)
	if err != nil {
		r.err = fmt.Errorf("%s at %s: %w", method, to, err)
		return zero
	}
	v, err := decode(out)
	if err != nil {
		r.err = fmt.Errorf("%s at %s: %w", method, to, err)
		return zero
	}
	return v
}

// ratio is num/den/10^decimals as a float64 (0 when den is 0); relative
// error ~1e-16.
func ratio(num, den *big.Int, decimals uint8) float64 {
	if den == nil || den.Sign() == 0 || num == nil {
		return 0
	}
	d := new(big.Int).Mul(den, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil))
	f, _ := new(big.Rat).SetFrac(num, d).Float64()
	return f
}

// bps is num/den in basis points, rounded down.
func bps(num, den *big.Int) int {
	if den == nil || den.Sign() == 0 {
		return 0
	}
	return int(new(big.Int).Div(new(big.Int).Mul(num, bpsDen), den).Int64())
}

// nearRipcord reports whether leverage is at least ripcord*(1 - marginBps/1e4).
func nearRipcord(leverage, ripcord *big.Int, marginBps int) bool {
	if ripcord == nil || ripcord.Sign() == 0 || leverage == nil {
		return false
	}
	lhs := new(big.Int).Mul(leverage, bpsDen)
	rhs := new(big.Int).Mul(ripcord, big.NewInt(int64(10_000-marginBps)))
	return lhs.Cmp(rhs) >= 0
}

func nowOr(now func() time.Time) func() time.Time {
	if now == nil {
		return time.Now
	}
	return now
}
