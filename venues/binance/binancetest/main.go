package binancetest

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/rs/zerolog"
	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues/sim/matching"
)

// Demo credentials used when no key is configured.
const (
	DemoAPIKey    = "navarb-demo-key"
	DemoSecretKey = "navarb-demo-secret"
)

// Main runs the exchange as a standalone process (`navarb exchange-sim`):
// it parses args, starts the exchange, prints one line
//
//	READY rest=<url> ws=<url> combined=<url> fapi=<url> fws=<url> fcombined=<url>
//
// on stdout and serves until ctx is cancelled. Run with -h for the flags.

// ErrUsage marks errors in Main's arguments (as opposed to failures while
// serving): callers map it to their bad-usage exit code.
var ErrUsage = errors.New("bad usage")

func usageErrorf(format string, args ...any) error {
	return fmt.Errorf("exchange-sim: %w: %w", ErrUsage, fmt.Errorf(format, args...))
}

func Main(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("exchange-sim", flag.ContinueOnError)
	fs.SetOutput(stdout)
	addr := fs.String("addr", "127.0.0.1:0", "listen address")
	symbols := fs.String("symbols", "ETHUSDT", "spot symbols, comma separated; each SYMBOL[:tick[:step[:minNotional]]]")
	futSymbols := fs.String("futures-symbols", "ETHUSDT", "USD-M perpetual symbols, same syntax")
	apiKey := fs.String("api-key", DemoAPIKey, "the connector's API key")
	secret := fs.String("secret", DemoSecretKey, "the connector's secret key")
	apiKeyEnv := fs.String("api-key-env", "", "read the API key from this environment variable")
	secretEnv := fs.String("secret-env", "", "read the secret key from this environment variable")
	balances := fs.String("balances", "USDT=100000,ETH=10", "initial spot balances, ASSET=amount comma separated")
	wallet := fs.String("futures-wallet", "100000", "initial futures wallet (USDT)")
	makerFee := fs.String("maker-fee", "0.001", "maker commission rate")
	takerFee := fs.String("taker-fee", "0.001", "taker commission rate")
	liquidity := fs.String("liquidity", "ETHUSDT=3000", "seed books around mid prices, SYMBOL=mid comma separated (spot and futures)")
	levels := fs.Int("levels", 20, "seeded levels per side")
	levelQty := fs.String("level-qty", "", "seeded quantity per level (default: 10 x minQty)")
	depthEvery := fs.Duration("depth-interval", 100*time.Millisecond, "diff stream cadence")
	verbose := fs.Bool("v", false, "log requests and streams to stderr")
	if err := fs.Parse(args); err != nil {
		return usageErrorf("%w", err)
	}
	o := Options{
		APIKey: *apiKey, SecretKey: *secret, DepthInterval: *depthEvery,
		Balances: map[string]decimal.Decimal{},
	}
	if *verbose {
		o.Log = zerolog.New(os.Stderr).With().Timestamp().Logger().Level(zerolog.DebugLevel)
	}
	if *apiKeyEnv != "" {
		if o.APIKey = os.Getenv(*apiKeyEnv); o.APIKey == "" {
			return usageErrorf("environment variable %s is empty", *apiKeyEnv)
		}
	}
	if *secretEnv != "" {
		if o.SecretKey = os.Getenv(*secretEnv); o.SecretKey == "" {
			return usageErrorf("environment variable %s is empty", *secretEnv)
		}
	}
	var err error
	if o.Symbols, err = parseSymbols(*symbols); err != nil {
		return usageErrorf("-symbols: %w", err)
	}
	if o.FuturesSymbols, err = parseSymbols(*futSymbols); err != nil {
		return usageErrorf("-futures-symbols: %w", err)
	}
	if o.Balances, err = parseAmounts(*balances); err != nil {
		return usageErrorf("-balances: %w", err)
	}
	for name, s := range map[string]struct {
		dst *decimal.Decimal
		v   string
	}{"futures-wallet": {&o.FuturesWallet, *wallet}, "maker-fee": {&o.MakerFee, *makerFee}, "taker-fee": {&o.TakerFee, *takerFee}} {
		if *s.dst, err = decimal.NewFromString(s.v); err != nil {
			return usageErrorf("-%s: %w", name, err)
		}
	}
	mids, err := parseAmounts(*liquidity)
	if err != nil {
		return usageErrorf("-liquidity: %w", err)
	}
	var qty decimal.Decimal
	if *levelQty != "" {
		if qty, err = decimal.NewFromString(*levelQty); err != nil {
			return usageErrorf("-level-qty: %w", err)
		}
	}
	x, err := New(o)
	if err != nil {
		return usageErrorf("%w", err)
	}
	for sym, mid := range mids {
		seeded := false
		for _, fut := range []bool{false, true} {
			if _, ok := x.market(fut, sym); !ok {
				continue
			}
			seeded = true
			if err := x.Seed(sym, Liquidity{Mid: mid, Levels: *levels, Qty: qty, Futures: fut}); err != nil {
				return usageErrorf("%w", err)
			}
		}
		if !seeded {
			return usageErrorf("-liquidity: unknown symbol %s", sym)
		}
	}
	x.FlushDiffs() // the seeding is history, not the first diff
	if err := x.Start(ctx, *addr); err != nil {
		return fmt.Errorf("exchange-sim: %w", err)
	}
	fmt.Fprintf(stdout, "READY rest=%s ws=%s combined=%s fapi=%s fws=%s fcombined=%s\n",
		x.URL(), x.WSURL(), x.CombinedURL(), x.URL(), x.FuturesWSURL(), x.FuturesCombinedURL())
	<-ctx.Done()
	return x.Close()
}

// quoteOf splits a symbol into base and quote by its quote asset suffix.
func quoteOf(symbol string) (base, quote string, ok bool) {
	for _, q := range []string{"USDT", "USDC", "FDUSD", "BUSD", "TUSD", "BTC", "ETH", "BNB", "EUR", "TRY"} {
		if b, found := strings.CutSuffix(symbol, q); found && b != "" {
			return b, q, true
		}
	}
	return "", "", false
}

// parseSymbols reads SYMBOL[:tick[:step[:minNotional]]] items. Defaults:
// tick 0.01, step 0.0001, minQty = step, maxQty 9000, minNotional 5.
func parseSymbols(s string) ([]matching.SymbolRules, error) {
	var out []matching.SymbolRules
	for _, item := range strings.Split(s, ",") {
		if item = strings.TrimSpace(item); item == "" {
			continue
		}
		parts := strings.Split(item, ":")
		sym := strings.ToUpper(parts[0])
		base, quote, ok := quoteOf(sym)
		if !ok {
			return nil, fmt.Errorf("symbol %s: unknown quote asset", sym)
		}
		vals := []string{"0.01", "0.0001", "5"}
		copy(vals, parts[1:])
		ds := make([]decimal.Decimal, len(vals))
		for i, v := range vals {
			d, err := decimal.NewFromString(v)
			if err != nil {
				return nil, fmt.Errorf("symbol %s: %w", sym, err)
			}
			ds[i] = d
		}
		out = append(out, matching.SymbolRules{
			Symbol: sym, Base: base, Quote: quote, TickSize: ds[0], StepSize: ds[1],
			MinQty: ds[1], MaxQty: decimal.NewFromInt(9000), MinNotional: ds[2],
		})
	}
	return out, nil
}

// parseAmounts reads KEY=decimal items.
func parseAmounts(s string) (map[string]decimal.Decimal, error) {
	out := map[string]decimal.Decimal{}
	for _, item := range strings.Split(s, ",") {
		if item = strings.TrimSpace(item); item == "" {
			continue
		}
		k, v, ok := strings.Cut(item, "=")
		if !ok {
			return nil, fmt.Errorf("%q: want KEY=amount", item)
		}
		d, err := decimal.NewFromString(v)
		if err != nil {
			return nil, fmt.Errorf("%q: %w", item, err)
		}
		out[strings.ToUpper(strings.TrimSpace(k))] = d
	}
	return out, nil
}
