package chainvenue

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// PoolKind is the AMM a token trades on.
type PoolKind uint8

// Pool kinds.
const (
	PoolV2 PoolKind = iota + 1 // Uniswap V2 pair (0.3%)
	PoolV3                     // Uniswap V3 pool
)

func (k PoolKind) String() string {
	switch k {
	case PoolV2:
		return "uniswapv2"
	case PoolV3:
		return "uniswapv3"
	}
	return "unknown"
}

// Market is one token's market on the chain: its pool, its issuer and the
// token and quote addresses and decimals. The venue and the executor share
// it.
type Market struct {
	// Token and Quote are the symbols in events ("ETH2X", "USDC").
	Token, Quote string
	// PoolName is the pool's name in events and plans ("ETH2X-USDC").
	PoolName string
	Pool     common.Address
	Kind     PoolKind
	// TokenAddr and QuoteAddr are the ERC20s; TokenIs0 says whether the
	// token is the pool's token0.
	TokenAddr, QuoteAddr         common.Address
	TokenIs0                     bool
	TokenDecimals, QuoteDecimals uint8
	// FeePips is the pool's fee in hundredths of a basis point (3000 =
	// 0.3%, Uniswap V2's).
	FeePips uint32
	Issuer  IssuerSource
}

func (m *Market) validate() error {
	switch {
	case m.Token == "" || m.Quote == "" || m.PoolName == "":
		return errors.New("token, quote and pool names are required")
	case m.Pool == (common.Address{}) || m.TokenAddr == (common.Address{}) || m.QuoteAddr == (common.Address{}):
		return fmt.Errorf("%s: pool, token and quote addresses are required", m.Token)
	case m.Kind != PoolV2 && m.Kind != PoolV3:
		return fmt.Errorf("%s: unknown pool kind %d", m.Token, m.Kind)
	case m.Issuer == nil:
		return fmt.Errorf("%s: issuer is required", m.Token)
	case m.FeePips == 0 || m.FeePips >= 1_000_000:
		return fmt.Errorf("%s: pool fee %d pips out of range", m.Token, m.FeePips)
	}
	return nil
}
