package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/navarb/navarb/cmd/navarb/internal/config"
	"github.com/navarb/navarb/venues/evm/chainvenue"
	"github.com/navarb/navarb/venues/evm/contracts"
	"github.com/navarb/navarb/venues/evm/executor"
	"github.com/navarb/navarb/venues/evm/issuer"
)

// tokenIssuer is what the kind-specific start-up check learns of a token's
// issuer: the contract the executor calls, the quote token it pays and is
// paid in, its collateral token and its fees (nil when the kind has none
// on chain).
type tokenIssuer struct {
	exec, quote, collateral common.Address
	// mintFee and redeemFee are fractions num/den.
	mintFee, redeemFee [2]*big.Int
	// build makes the reader once the decimals of token, quote and
	// collateral are known.
	build func(decs [3]uint8) (chainvenue.IssuerSource, error)
}

// checkErr turns an issuer Check failure into an error: a usage error when
// the configuration is wrong, a plain one when the chain did not answer.
func checkErr(err error) error {
	if errors.Is(err, issuer.ErrConfig) {
		return usageError{err}
	}
	return err
}

// referenceIssuer checks a NavLeveragedToken, its own issuer.
func (r *chainRig) referenceIssuer(ctx context.Context, sym string, t config.TokenConfig) (tokenIssuer, error) {
	p := "tokens." + sym + "."
	iss, token := common.HexToAddress(t.IssuerAddress), common.HexToAddress(t.TokenAddress)
	code, err := r.client.CodeAt(ctx, iss, nil)
	if err != nil {
		return tokenIssuer{}, fmt.Errorf("chain %s: code at issuer: %w", r.name, err)
	}
	if len(code) == 0 {
		return tokenIssuer{}, usageError{fmt.Errorf("%sissuer_address: no contract code at %s on chain %s", p, iss, r.name)}
	}
	st, err := executor.ReadIssuer(ctx, r.client, iss, nil)
	if err != nil {
		return tokenIssuer{}, usageError{fmt.Errorf("%sissuer_address: %s is not a reference issuer (NavLeveragedToken): %w", p, iss, err)}
	}
	// A reference issuer is its own token: it issues nothing else.
	if token != iss {
		return tokenIssuer{}, usageError{fmt.Errorf("%stoken_address: token %s is not supported by issuer %s (a reference issuer issues only its own token)", p, token, iss)}
	}
	bps := big.NewInt(10_000)
	return tokenIssuer{
		exec: iss, quote: st.QuoteToken, collateral: st.CollateralToken,
		mintFee: [2]*big.Int{st.MintFeeBps, bps}, redeemFee: [2]*big.Int{st.RedeemFeeBps, bps},
		build: func(decs [3]uint8) (chainvenue.IssuerSource, error) {
			return chainvenue.NewReferenceIssuer(chainvenue.ReferenceOptions{Token: sym, Address: iss, Caller: r.client,
				TokenDecimals: decs[0], QuoteDecimals: decs[1], CollateralDecimals: decs[2]})
		},
	}, nil
}

// indexCoopIssuer checks an Index Coop leverage token: every address of
// the token's table, then its module's fees.
func (r *chainRig) indexCoopIssuer(ctx context.Context, sym string, t config.TokenConfig) (tokenIssuer, error) {
	p := "tokens." + sym + "."
	opt := issuer.IndexCoopOptions{
		Caller: r.client, Token: sym,
		SetToken: common.HexToAddress(t.TokenAddress), Module: common.HexToAddress(t.IssuerAddress),
		Extension: common.HexToAddress(t.StrategyAddress), CollateralAToken: common.HexToAddress(t.CollateralATokenAddress),
		DebtToken: common.HexToAddress(t.DebtTokenAddress), PriceFeed: common.HexToAddress(t.PriceFeedAddress),
		PriceFeedKind: t.PriceFeedKind, ExecIssuer: common.HexToAddress(t.ExecIssuerAddress),
	}
	if t.StreamingFeeModuleAddress != "" {
		opt.StreamingFeeModule = common.HexToAddress(t.StreamingFeeModuleAddress)
	}
	ic := issuer.NewIndexCoop(opt)
	if err := ic.Check(ctx); err != nil {
		return tokenIssuer{}, checkErr(err)
	}
	ex := contracts.NewIndexCoopExecIssuer()
	quote, err0 := callAs(ctx, r.client, opt.ExecIssuer, ex.PackQuoteToken(), ex.UnpackQuoteToken)
	coll, err1 := callAs(ctx, r.client, opt.ExecIssuer, ex.PackCollateralToken(), ex.UnpackCollateralToken)
	if err := errors.Join(err0, err1); err != nil {
		return tokenIssuer{}, usageError{fmt.Errorf("%sexec_issuer_address: %s is not an IndexCoopExecIssuer: %w", p, opt.ExecIssuer, err)}
	}
	if coll != opt.CollateralAToken {
		return tokenIssuer{}, usageError{fmt.Errorf("%scollateral_atoken_address: config %s, exec issuer %s takes collateral %s", p, opt.CollateralAToken, opt.ExecIssuer, coll)}
	}
	st, err := ic.State(ctx, nil)
	if err != nil {
		return tokenIssuer{}, fmt.Errorf("chain %s: %w", r.name, err)
	}
	one18 := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	return tokenIssuer{
		exec: opt.ExecIssuer, quote: quote, collateral: coll,
		mintFee: [2]*big.Int{st.IssueFee, one18}, redeemFee: [2]*big.Int{st.RedeemFee, one18},
		build: func(decs [3]uint8) (chainvenue.IssuerSource, error) {
			opt.QuoteDecimals, opt.CollateralDecimals = decs[1], decs[2]
			return issuer.NewIndexCoop(opt), nil
		},
	}, nil
}

// torosIssuer checks a Toros pool token: the pool is both issuer and
// token; it is redeemed through its adapter and never minted to sell.
func (r *chainRig) torosIssuer(ctx context.Context, sym string, t config.TokenConfig) (tokenIssuer, error) {
	p := "tokens." + sym + "."
	opt := issuer.TorosOptions{Caller: r.client, Token: sym, Pool: common.HexToAddress(t.IssuerAddress), ExecIssuer: common.HexToAddress(t.ExecIssuerAddress)}
	if token := common.HexToAddress(t.TokenAddress); token != opt.Pool {
		return tokenIssuer{}, usageError{fmt.Errorf("%stoken_address: token %s is not the Toros pool %s (a pool issues only its own token)", p, token, opt.Pool)}
	}
	tr := issuer.NewToros(opt)
	if err := tr.Check(ctx); err != nil {
		return tokenIssuer{}, checkErr(err)
	}
	ex := contracts.NewTorosExecIssuer()
	quote, err0 := callAs(ctx, r.client, opt.ExecIssuer, ex.PackQuoteToken(), ex.UnpackQuoteToken)
	coll, err1 := callAs(ctx, r.client, opt.ExecIssuer, ex.PackCollateralToken(), ex.UnpackCollateralToken)
	if err := errors.Join(err0, err1); err != nil {
		return tokenIssuer{}, usageError{fmt.Errorf("%sexec_issuer_address: %s is not a TorosExecIssuer: %w", p, opt.ExecIssuer, err)}
	}
	st, err := tr.State(ctx, nil)
	if err != nil {
		return tokenIssuer{}, fmt.Errorf("chain %s: %w", r.name, err)
	}
	return tokenIssuer{
		exec: opt.ExecIssuer, quote: quote, collateral: coll,
		mintFee: [2]*big.Int{st.EntryFee, st.Denominator}, redeemFee: [2]*big.Int{st.ExitFee, st.Denominator},
		build: func([3]uint8) (chainvenue.IssuerSource, error) { return tr, nil },
	}, nil
}

// feeBps is num/den in basis points when that is a whole number in
// [0, 10000], else -1.
func feeBps(f [2]*big.Int) int {
	num, den := f[0], f[1]
	if num == nil || den == nil || den.Sign() <= 0 || num.Sign() < 0 {
		return -1
	}
	q, m := new(big.Int).QuoRem(new(big.Int).Mul(num, big.NewInt(10_000)), den, new(big.Int))
	if m.Sign() != 0 || q.Cmp(big.NewInt(10_000)) > 0 {
		return -1
	}
	return int(q.Int64())
}

// feeString shows num/den as basis points with up to 4 decimals.
func feeString(f [2]*big.Int) string {
	if f[0] == nil || f[1] == nil || f[1].Sign() == 0 {
		return "?"
	}
	return new(big.Rat).SetFrac(new(big.Int).Mul(f[0], big.NewInt(10_000)), f[1]).FloatString(4)
}
