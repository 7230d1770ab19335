package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"net/url"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"
	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/cmd/navarb/internal/config"
	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/evm"
	"github.com/navarb/navarb/venues/evm/chainvenue"
	"github.com/navarb/navarb/venues/evm/contracts"
)

// chainRig is one chain of a live or paper run: its client, the signing
// account (live: its sender), the venue and the executor.
type chainRig struct {
	name     string
	cfg      config.ChainConfig
	client   *evm.Client
	sender   *evm.Sender
	from     common.Address
	executor common.Address
	markets  []chainvenue.Market
	venue    *chainvenue.Venue
	exec     *chainvenue.Executor
	// quoteUnits are the executor's quote balances at start, by symbol.
	quoteUnits map[string]decimal.Decimal
	native     decimal.Decimal
}

// endpoints pairs the chain's http URLs with its ws URLs, in order.
func endpoints(urls []string) []evm.Endpoint {
	var https, wss []string
	for _, raw := range urls {
		u, _ := url.Parse(raw)
		if u != nil && (u.Scheme == "ws" || u.Scheme == "wss") {
			wss = append(wss, raw)
		} else {
			https = append(https, raw)
		}
	}
	var eps []evm.Endpoint
	for i := 0; i < max(len(https), len(wss)); i++ {
		var ep evm.Endpoint
		if i < len(https) {
			ep.HTTP = https[i]
		}
		if i < len(wss) {
			ep.WS = wss[i]
		}
		eps = append(eps, ep)
	}
	return eps
}

// signingKey loads the chain's key from the keystore or the environment.
// Errors name the config field, never the secret.
func signingKey(name string, ch config.ChainConfig) (*ecdsa.PrivateKey, error) {
	p := "chains." + name + "."
	if ch.PrivateKeyEnv != "" {
		val, ok := os.LookupEnv(ch.PrivateKeyEnv)
		if !ok || val == "" {
			return nil, usageError{fmt.Errorf("%sprivate_key_env: environment variable %s is not set", p, ch.PrivateKeyEnv)}
		}
		k, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(val), "0x"))
		if err != nil {
			return nil, usageError{fmt.Errorf("%sprivate_key_env: environment variable %s does not hold a hex private key", p, ch.PrivateKeyEnv)}
		}
		return k, nil
	}
	pw, ok := os.LookupEnv(ch.KeystorePasswordEnv)
	if !ok || pw == "" {
		return nil, usageError{fmt.Errorf("%skeystore_password_env: environment variable %s is not set", p, ch.KeystorePasswordEnv)}
	}
	data, err := os.ReadFile(ch.KeystorePath)
	if err != nil {
		return nil, usageError{fmt.Errorf("%skeystore_path: %w", p, err)}
	}
	key, err := keystore.DecryptKey(data, pw)
	if err != nil {
		// DecryptKey's errors do not carry the password.
		return nil, usageError{fmt.Errorf("%skeystore_password_env: the password in %s does not decrypt %s: %w", p, ch.KeystorePasswordEnv, ch.KeystorePath, err)}
	}
	return key.PrivateKey, nil
}

func l2Kind(kind string) evm.L2Kind {
	switch kind {
	case "arbitrum":
		return evm.Arbitrum
	case "opstack":
		return evm.OPStack
	}
	return evm.L1
}

// setupChain connects to the chain, loads the key and checks every token
// on it against the chain. Configuration that the chain contradicts is a
// usageError naming the field.
func setupChain(ctx context.Context, cfg *config.Config, name string, price func() decimal.Decimal, events chan venues.Event, log zerolog.Logger) (*chainRig, error) {
	ch := cfg.Chains[name]
	p := "chains." + name + "."
	key, err := signingKey(name, ch)
	if err != nil {
		return nil, err
	}
	r := &chainRig{name: name, cfg: ch, from: crypto.PubkeyToAddress(key.PublicKey),
		executor: common.HexToAddress(ch.ExecutorAddress), quoteUnits: map[string]decimal.Decimal{}}
	r.client, err = evm.NewClient(evm.ClientOptions{Venue: name, ChainID: ch.ChainID, Endpoints: endpoints(ch.RPCURLs), Events: events, Logger: log})
	if err != nil {
		return nil, usageError{fmt.Errorf("%srpc_urls: %w", p, err)}
	}
	if err := r.client.Connect(ctx); err != nil {
		r.client.Close()
		if errors.Is(err, venues.ErrStale) {
			// Unreachable now (exit 1: a node may be down), named all the same.
			return nil, fmt.Errorf("%srpc_urls: %w", p, err)
		}
		return nil, usageError{fmt.Errorf("%schain_id: %w", p, err)}
	}
	if err := r.check(ctx, cfg); err != nil {
		r.client.Close()
		return nil, err
	}
	if cfg.Mode == "live" {
		r.sender, err = evm.NewSender(evm.SenderOptions{
			Client: r.client, Key: key, Kind: l2Kind(ch.Kind), NativeAsset: nativeAsset(ch),
			NativeUSD: price, PollInterval: ch.PollInterval.Duration, Logger: log,
			Fees: evm.FeePolicy{
				MaxFeePerGas: gweiToWei(cfg.Risk.MaxGasPriceGwei.Decimal), MaxTipPerGas: gweiToWei(cfg.Risk.MaxGasPriceGwei.Decimal),
				MinTipPerGas: gweiToWei(minTip(ch)),
			},
		})
		if err != nil {
			r.client.Close()
			return nil, err
		}
	}
	bal, err := r.client.BalanceAt(ctx, r.from, nil)
	if err != nil {
		r.client.Close()
		return nil, fmt.Errorf("chain %s: balance: %w", name, err)
	}
	r.native = decimal.NewFromBigInt(bal, -18)
	r.exec, err = chainvenue.NewExecutor(chainvenue.ExecutorOptions{
		Chain: name, Client: r.client, Sender: r.sender, From: r.from, Executor: r.executor, Markets: r.markets,
		NativeAsset: nativeAsset(ch), NativeUSD: price, Events: events, Logger: log,
	})
	if err == nil {
		r.venue, err = chainvenue.New(chainvenue.Options{Chain: name, Client: r.client, Markets: r.markets,
			NativeUSD: func() float64 { return price().InexactFloat64() }, Events: events, PollInterval: ch.PollInterval.Duration, Logger: log})
	}
	if err != nil {
		r.client.Close()
		return nil, err
	}
	return r, nil
}

func nativeAsset(ch config.ChainConfig) string {
	if ch.NativeAsset != "" {
		return ch.NativeAsset
	}
	return "ETH"
}

// defaultMinTipGwei is geth's default minimum priority fee for inclusion.
var defaultMinTipGwei = decimal.New(1, -3)

func minTip(ch config.ChainConfig) decimal.Decimal {
	if ch.MinTipGwei.IsSet() {
		return ch.MinTipGwei.Decimal
	}
	return defaultMinTipGwei
}

func gweiToWei(g decimal.Decimal) *big.Int { return g.Shift(9).Floor().BigInt() }

// check verifies the executor and every token of the chain against the
// chain, and builds the markets.
func (r *chainRig) check(ctx context.Context, cfg *config.Config) error {
	p := "chains." + r.name + "."
	code, err := r.client.CodeAt(ctx, r.executor, nil)
	if err != nil {
		return fmt.Errorf("chain %s: code at executor: %w", r.name, err)
	}
	if len(code) == 0 {
		return usageError{fmt.Errorf("%sexecutor_address: no contract code at %s on chain %s", p, r.executor, r.name)}
	}
	ex := contracts.NewNavArbExecutor()
	owner, err := callAs(ctx, r.client, r.executor, ex.PackOwner(), ex.UnpackOwner)
	if err != nil {
		return usageError{fmt.Errorf("%sexecutor_address: %s is not a NavArbExecutor: %w", p, r.executor, err)}
	}
	if owner != r.from {
		return usageError{fmt.Errorf("%sexecutor_address: %s is owned by %s, not the signing account %s", p, r.executor, owner, r.from)}
	}
	for _, sym := range cfg.TokenNames() {
		t := cfg.Tokens[sym]
		if t.Chain != r.name {
			continue
		}
		m, err := r.checkToken(ctx, sym, t)
		if err != nil {
			return err
		}
		r.markets = append(r.markets, m)
		if _, ok := r.quoteUnits[m.Quote]; !ok {
			bal, err := callAs(ctx, r.client, m.QuoteAddr, contracts.NewTestERC20().PackBalanceOf(r.executor), contracts.NewTestERC20().UnpackBalanceOf)
			if err != nil {
				return fmt.Errorf("chain %s: executor %s balance: %w", r.name, m.Quote, err)
			}
			r.quoteUnits[m.Quote] = decimal.NewFromBigInt(bal, -int32(m.QuoteDecimals))
		}
	}
	return nil
}

var (
	token0Sel = crypto.Keccak256([]byte("token0()"))[:4]
	token1Sel = crypto.Keccak256([]byte("token1()"))[:4]
	feeSel    = crypto.Keccak256([]byte("fee()"))[:4]
)

func word(out []byte) (*big.Int, error) {
	if len(out) < 32 {
		return nil, fmt.Errorf("short answer (%d bytes)", len(out))
	}
	return new(big.Int).SetBytes(out[:32]), nil
}

func callAs[T any](ctx context.Context, c *evm.Client, to common.Address, data []byte, decode func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return zero, err
	}
	return decode(out)
}

func addrOf(out []byte) (common.Address, error) {
	w, err := word(out)
	if err != nil {
		return common.Address{}, err
	}
	return common.BigToAddress(w), nil
}

// checkToken verifies one token's issuer, pool and fees on the chain.
func (r *chainRig) checkToken(ctx context.Context, sym string, t config.TokenConfig) (chainvenue.Market, error) {
	p := "tokens." + sym + "."
	token, pool := common.HexToAddress(t.TokenAddress), common.HexToAddress(t.PoolAddress)
	var (
		ti  tokenIssuer
		err error
	)
	switch t.IssuerKind {
	case "reference":
		ti, err = r.referenceIssuer(ctx, sym, t)
	case "indexcoop":
		ti, err = r.indexCoopIssuer(ctx, sym, t)
	case "toros":
		ti, err = r.torosIssuer(ctx, sym, t)
	default:
		err = usageError{fmt.Errorf("%sissuer_kind: %q is not one of reference, indexcoop, toros", p, t.IssuerKind)}
	}
	if err != nil {
		return chainvenue.Market{}, err
	}
	if got := feeBps(ti.mintFee); got != t.MintFeeBps {
		return chainvenue.Market{}, usageError{fmt.Errorf("%smint_fee_bps: config %d, issuer %s charges %s on chain", p, t.MintFeeBps, ti.exec, feeString(ti.mintFee))}
	}
	if got := feeBps(ti.redeemFee); got != t.RedeemFeeBps {
		return chainvenue.Market{}, usageError{fmt.Errorf("%sredeem_fee_bps: config %d, issuer %s charges %s on chain", p, t.RedeemFeeBps, ti.exec, feeString(ti.redeemFee))}
	}
	t0, err0 := callAs(ctx, r.client, pool, token0Sel, addrOf)
	t1, err1 := callAs(ctx, r.client, pool, token1Sel, addrOf)
	if err := errors.Join(err0, err1); err != nil {
		return chainvenue.Market{}, usageError{fmt.Errorf("%spool_address: %s is not a Uniswap pool: %w", p, pool, err)}
	}
	quote := ti.quote
	if !(t0 == token && t1 == quote) && !(t0 == quote && t1 == token) {
		return chainvenue.Market{}, usageError{fmt.Errorf("%spool_address: pool %s trades %s/%s, not the token %s against the issuer's quote token %s", p, pool, t0, t1, token, quote)}
	}
	m := chainvenue.Market{
		Token: sym, Quote: t.Quote, PoolName: t.Pool, Pool: pool, Kind: chainvenue.PoolV2,
		TokenAddr: token, QuoteAddr: quote, TokenIs0: t0 == token, FeePips: 3000,
	}
	switch t.PoolKind {
	case "v2":
		if t.PoolFeeBps != 30 {
			return chainvenue.Market{}, usageError{fmt.Errorf("%spool_fee_bps: config %d, a Uniswap V2 pair charges 30", p, t.PoolFeeBps)}
		}
	case "v3":
		fee, err := callAs(ctx, r.client, pool, feeSel, word)
		if err != nil {
			return chainvenue.Market{}, usageError{fmt.Errorf("%spool_address: %s is not a Uniswap V3 pool (fee()): %w", p, pool, err)}
		}
		if fee.Cmp(big.NewInt(int64(t.PoolFeeBps)*100)) != 0 {
			return chainvenue.Market{}, usageError{fmt.Errorf("%spool_fee_bps: config %d, pool %s charges %s pips (%s bps) on chain", p, t.PoolFeeBps, pool, fee, new(big.Rat).SetFrac(fee, big.NewInt(100)).FloatString(2))}
		}
		m.Kind, m.FeePips = chainvenue.PoolV3, uint32(fee.Uint64())
	}
	erc := contracts.NewNavLeveragedToken()
	var decs [3]uint8
	for i, a := range []common.Address{token, quote, ti.collateral} {
		d, err := callAs(ctx, r.client, a, erc.PackDecimals(), erc.UnpackDecimals)
		if err != nil {
			return chainvenue.Market{}, fmt.Errorf("chain %s: decimals of %s: %w", r.name, a, err)
		}
		decs[i] = d
	}
	// Index Coop and Toros readers price 1e18 token units.
	if t.IssuerKind != "reference" && decs[0] != 18 {
		return chainvenue.Market{}, usageError{fmt.Errorf("%stoken_address: token %s has %d decimals; %s tokens have 18", p, token, decs[0], t.IssuerKind)}
	}
	m.TokenDecimals, m.QuoteDecimals = decs[0], decs[1]
	allowed, err := callAs(ctx, r.client, r.executor, contracts.NewNavArbExecutor().PackAllowedIssuer(ti.exec), contracts.NewNavArbExecutor().UnpackAllowedIssuer)
	if err != nil {
		return chainvenue.Market{}, fmt.Errorf("chain %s: executor allowedIssuer: %w", r.name, err)
	}
	if !allowed {
		field := "exec_issuer_address"
		if t.IssuerKind == "reference" {
			field = "issuer_address"
		}
		return chainvenue.Market{}, usageError{fmt.Errorf("%s%s: issuer %s is not allowed on executor %s (the owner must call setIssuer)", p, field, ti.exec, r.executor)}
	}
	m.Issuer, err = ti.build(decs)
	if err != nil {
		return chainvenue.Market{}, err
	}
	return m, nil
}
