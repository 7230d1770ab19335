package main

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/navarb/navarb/venues/evm/chainvenue/chaintest"
)

// syncBuf is a bytes.Buffer safe to read while the command writes it.
type lockedBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *lockedBuf) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *lockedBuf) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

const botKeyEnv = "NAVARB_TEST_BOT_KEY"

// chainArgs points the reference config at the world's chain: mode, the
// [chains.dev] table (key from botKeyEnv) and the token's on-chain market.
// Limits the simulated chain would trip (its gas price, a large premium,
// no order book) are relaxed.
func chainArgs(w *chaintest.World, mode string, extra ...string) []string {
	kind, fee := "v2", "30"
	if w.IsV3 {
		kind = "v3"
	}
	sets := []string{
		"mode=" + mode,
		"chains.dev.chain_id=1337",
		`chains.dev.rpc_urls=["` + w.HTTP + `", "` + w.WS + `"]`,
		"chains.dev.private_key_env=" + botKeyEnv,
		"chains.dev.executor_address=" + w.Executor.Hex(),
		"chains.dev.native_usd=2000",
		"chains.dev.poll_interval=50ms",
		"chains.dev.shutdown_wait=20s",
		"tokens.ETH2X.chain=dev",
		"tokens.ETH2X.underlying_book=",
		"tokens.ETH2X.gas_units_mint_sell=300000",
		"tokens.ETH2X.gas_units_buy_redeem=300000",
		"tokens.ETH2X.issuer_kind=reference",
		"tokens.ETH2X.issuer_address=" + w.Issuer.Hex(),
		"tokens.ETH2X.token_address=" + w.Issuer.Hex(),
		"tokens.ETH2X.pool_address=" + w.Pool.Hex(),
		"tokens.ETH2X.pool_kind=" + kind,
		"tokens.ETH2X.pool_fee_bps=" + fee,
		"tokens.ETH2X.mint_fee_bps=10",
		"tokens.ETH2X.redeem_fee_bps=10",
		"tokens.ETH2X.quote=USDC",
		"risk.max_gas_price_gwei=100",
		"risk.nav_sanity_bps=5000",
		"risk.max_pool_age=1m",
		"risk.max_nav_age=1m",
	}
	sets = append(sets, extra...)
	args := []string{"run", "-config", refConfig, "-log-format", "json"}
	for _, s := range sets {
		args = append(args, "-set", s)
	}
	return args
}

func setBotKey(t *testing.T) string {
	t.Helper()
	k := hex.EncodeToString(crypto.FromECDSA(chaintest.BotKey()))
	t.Setenv(botKeyEnv, k)
	return k
}

// cliStep waits for a line in navarb's stderr, then acts: then runs, and
// interrupt cancels the run (as SIGINT does).
type cliStep struct {
	until     string
	then      func()
	interrupt bool
}

// cliRun drives navarb on a world's chain. While mine is true it mines a
// block every 50ms (live transactions need blocks); steps may flip it.
type cliRun struct {
	w    *chaintest.World
	mine bool
}

// run runs navarb through the steps, interrupts it after the last one (if
// no step did), and returns its exit code and output.
func (c *cliRun) run(t *testing.T, args []string, steps ...cliStep) (int, string, string) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errb lockedBuf
	done := make(chan int, 1)
	go func() { done <- run(ctx, args, &out, &errb) }()
	deadline := time.After(60 * time.Second)
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	interrupted := false
	for i, st := range steps {
		for !strings.Contains(errb.String(), st.until) {
			select {
			case code := <-done:
				// Once interrupted, navarb may finish before we looked:
				// every remaining step must have happened.
				for _, rest := range steps[i:] {
					if !interrupted || !strings.Contains(errb.String(), rest.until) {
						t.Fatalf("navarb exited with %d before %q:\nstdout:\n%s\nstderr:\n%s", code, rest.until, out.String(), errb.String())
					}
				}
				return code, out.String(), errb.String()
			case <-deadline:
				cancel()
				<-done
				t.Fatalf("no %q within 60s:\n%s", st.until, errb.String())
			case <-tick.C:
				if c.mine {
					c.w.Sim.Commit()
				}
			}
		}
		if st.then != nil {
			st.then()
		}
		if st.interrupt {
			cancel()
			interrupted = true
		}
	}
	cancel()
	for {
		select {
		case code := <-done:
			return code, out.String(), errb.String()
		case <-deadline:
			t.Fatalf("navarb did not stop within 60s:\n%s", errb.String())
		case <-tick.C:
			if c.mine {
				c.w.Sim.Commit()
			}
		}
	}
}

func TestPaperModeCLISendsNothing(t *testing.T) {
	for _, v3 := range []bool{false, true} {
		name := "v2"
		if v3 {
			name = "v3"
		}
		t.Run(name, func(t *testing.T) {
			w := chaintest.New(t, chaintest.Options{Serve: true, V3: v3})
			key := setBotKey(t)
			w.PushPremium(t, chaintest.E6(1_500))
			bot := w.C.Addrs[chaintest.Bot]
			nonce0, err := w.C.Client.PendingNonceAt(context.Background(), bot)
			if err != nil {
				t.Fatal(err)
			}
			price0 := w.Price(t)

			cli := &cliRun{w: w}
			code, out, errs := cli.run(t, chainArgs(w, "paper"), cliStep{until: "paper loop simulated (not sent)"})
			if code != exitOK {
				t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errs)
			}
			nonce1, err := w.C.Client.PendingNonceAt(context.Background(), bot)
			if err != nil {
				t.Fatal(err)
			}
			if nonce1 != nonce0 {
				t.Errorf("bot nonce %d after a paper run, want %d", nonce1, nonce0)
			}
			if got := w.Price(t); got.Cmp(price0) != 0 {
				t.Errorf("pool price moved in paper mode: %s -> %s", price0, got)
			}
			for _, want := range []string{"navarb report: paper", "loops net expected / realised (USD)", "mint_sell ETH2X success: expected"} {
				if !strings.Contains(out, want) {
					t.Errorf("report lacks %q:\n%s", want, out)
				}
			}
			if strings.Contains(out+errs, key) {
				t.Error("the private key appears in the output")
			}
		})
	}
}

// TestLiveModeCLIClosesPremium interrupts the live run as soon as the loop
// is submitted, before any block includes it: the run stops deciding,
// waits for the loop's receipt (blocks are mined from then on) and reports
// it.
func TestLiveModeCLIClosesPremium(t *testing.T) {
	w := chaintest.New(t, chaintest.Options{Serve: true})
	key := setBotKey(t)
	w.PushPremium(t, chaintest.E6(5_000))
	cli := &cliRun{w: w}
	code, out, errs := cli.run(t, chainArgs(w, "live"),
		cliStep{until: `"message":"loop submitted"`, interrupt: true},
		cliStep{until: "waiting for loops in flight", then: func() { cli.mine = true }},
		cliStep{until: `"message":"loop settled"`})
	if code != exitOK {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errs)
	}
	t.Logf("report:\n%s", out)
	got, _ := new(big.Rat).SetFrac(w.Price(t), w.NAV(t)).Float64()
	// The pool ends inside the band the fees allow: mint 10 bps, pool 30.
	if hi := (1 + 0.001) / (1 - 0.003); got > hi*(1+1e-6) || got < 1 {
		t.Errorf("pool/NAV %.6f after the loop, want within [1, %.6f]", got, hi)
	}
	for _, want := range []string{"navarb report: live", "loops net expected / realised (USD)", "mint_sell ETH2X success: expected", "mint_sell=1", ", complete"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out+errs, key) {
		t.Error("the private key appears in the output")
	}
}

func TestChainBadInputExits2NamingTheField(t *testing.T) {
	w := chaintest.New(t, chaintest.Options{Serve: true})
	key := setBotKey(t)
	dir := t.TempDir()
	acct, err := keystore.NewKeyStore(dir, keystore.LightScryptN, keystore.LightScryptP).ImportECDSA(chaintest.BotKey(), "right password")
	if err != nil {
		t.Fatal(err)
	}
	ks := acct.URL.Path
	t.Setenv("NAVARB_TEST_WRONG_PW", "wrong password")
	keystoreArgs := func(pwEnv string) []string {
		return []string{"chains.dev.private_key_env=", "chains.dev.keystore_path=" + ks, "chains.dev.keystore_password_env=" + pwEnv}
	}
	cases := []struct {
		name  string
		extra []string
		want  string
	}{
		{"v3 fee on a v2 pair", []string{"tokens.ETH2X.pool_kind=v3"}, "tokens.ETH2X.pool_address: " + w.Pool.Hex() + " is not a Uniswap V3 pool (fee())"},
		{"wrong chain id", []string{"chains.dev.chain_id=42161"}, "chains.dev.chain_id: evm dev: connect: endpoint"},
		{"missing keystore password variable", keystoreArgs("NAVARB_TEST_UNSET_PW"), "chains.dev.keystore_password_env: environment variable NAVARB_TEST_UNSET_PW is not set"},
		{"wrong keystore password", keystoreArgs("NAVARB_TEST_WRONG_PW"), "chains.dev.keystore_password_env: the password in NAVARB_TEST_WRONG_PW does not decrypt"},
		{"issuer is not a contract", []string{"tokens.ETH2X.issuer_address=" + w.C.Addrs[chaintest.Trader].Hex()}, "tokens.ETH2X.issuer_address: no contract code at " + w.C.Addrs[chaintest.Trader].Hex()},
		{"token not supported by the issuer", []string{"tokens.ETH2X.token_address=" + w.USDC.Hex()}, "tokens.ETH2X.token_address: token " + w.USDC.Hex() + " is not supported by issuer"},
		{"issuer fee differs from config", []string{"tokens.ETH2X.mint_fee_bps=25"}, "tokens.ETH2X.mint_fee_bps: config 25, issuer"},
		{"pool fee differs from config", []string{"tokens.ETH2X.pool_fee_bps=5"}, "tokens.ETH2X.pool_fee_bps: config 5, a Uniswap V2 pair charges 30"},
		{"pool of other tokens", []string{"tokens.ETH2X.pool_address=" + w.Issuer.Hex()}, "tokens.ETH2X.pool_address:"},
		{"toros without its adapter", []string{"tokens.ETH2X.issuer_kind=toros"}, "tokens.ETH2X.exec_issuer_address: is required"},
		{"bad executor address", []string{`chains.dev.executor_address="0x1234"`}, `chains.dev.executor_address: "0x1234" is not a 0x-prefixed 20-byte hex address`},
		{"executor not ours", []string{"chains.dev.executor_address=" + w.Issuer.Hex()}, "chains.dev.executor_address: " + w.Issuer.Hex() + " is owned by "},
		{"executor not an executor", []string{"chains.dev.executor_address=" + w.USDC.Hex()}, "chains.dev.executor_address: " + w.USDC.Hex() + " is not a NavArbExecutor"},
		{"executor address without code", []string{"chains.dev.executor_address=" + w.C.Addrs[chaintest.Trader].Hex()}, "chains.dev.executor_address: no contract code at "},
		{"no key", []string{"chains.dev.private_key_env="}, "chains.dev.keystore_path: a signing key is required"},
		{"unknown chain", []string{"tokens.ETH2X.chain=mainnet"}, `tokens.ETH2X.chain: "mainnet" is not a configured [chains.mainnet] table`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			code, out, errs := runCLI(t, ctx, chainArgs(w, "live", tc.extra...)...)
			if code != exitUsage {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, exitUsage, out, errs)
			}
			if !strings.Contains(errs, tc.want) {
				t.Errorf("stderr lacks %q:\n%s", tc.want, errs)
			}
			for _, secret := range []string{key, "right password", "wrong password"} {
				if strings.Contains(out+errs, secret) {
					t.Errorf("a secret appears in the output:\n%s", errs)
				}
			}
		})
	}
}

// TestPaperModePricesGasFromTheBook prices the native asset from the
// ETHUSDT book of the local Binance-protocol exchange (mid about 3000)
// instead of the fixed native_usd (2000): the report's gas in USD over the
// gas in ETH is the book's mid.
func TestPaperModePricesGasFromTheBook(t *testing.T) {
	t.Setenv("NAVARB_TEST_BINANCE_KEY", watchKey)
	t.Setenv("NAVARB_TEST_BINANCE_SECRET", watchSecret)
	u, err := watchExchange()
	if err != nil {
		t.Fatal(err)
	}
	w := chaintest.New(t, chaintest.Options{Serve: true})
	setBotKey(t)
	eth0, err := w.Sim.Client().BalanceAt(context.Background(), w.C.Addrs[chaintest.Bot], nil)
	if err != nil {
		t.Fatal(err)
	}
	repPath := filepath.Join(t.TempDir(), "r.json")
	args := chainArgs(w, "paper",
		"chains.dev.native_usd_book=ETHUSDT",
		"venues.binance.enabled=true",
		"venues.binance.rest_url="+u["rest"], "venues.binance.ws_url="+u["ws"], "venues.binance.combined_url="+u["combined"],
		"venues.binance.futures_rest_url="+u["fapi"], "venues.binance.futures_ws_url="+u["fws"],
		"venues.binance.futures_combined_url="+u["fcombined"],
		"venues.binance.api_key_env=NAVARB_TEST_BINANCE_KEY", "venues.binance.secret_key_env=NAVARB_TEST_BINANCE_SECRET")
	args = append(args, "-report-json", repPath)
	// The premium appears only once the book priced the native asset, so
	// every paper loop is priced from it.
	cli := &cliRun{w: w}
	code, out, errs := cli.run(t, args,
		cliStep{until: "native price from book", then: func() { w.PushPremium(t, chaintest.E6(5_000)) }},
		cliStep{until: "paper loop simulated (not sent)"})
	if code != exitOK {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errs)
	}
	raw, err := os.ReadFile(repPath)
	if err != nil {
		t.Fatal(err)
	}
	var rep struct {
		GasUSD   json.Number       `json:"gas_usd"`
		Balances map[string]string `json:"balances"`
		Loops    []struct {
			Kind string `json:"kind"`
		} `json:"loop_results"`
	}
	if err := json.Unmarshal(raw, &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Loops) == 0 {
		t.Fatalf("no paper loop in the report:\n%s", raw)
	}
	gasUSD, _ := new(big.Rat).SetString(rep.GasUSD.String())
	ethLeft, ok := new(big.Rat).SetString(rep.Balances["ETH"])
	if gasUSD == nil || !ok {
		t.Fatalf("report gas %q, ETH balance %q", rep.GasUSD, rep.Balances["ETH"])
	}
	spent := new(big.Rat).Sub(new(big.Rat).SetFrac(eth0, big.NewInt(1e18)), ethLeft)
	if spent.Sign() <= 0 {
		t.Fatalf("no simulated gas booked (ETH %s -> %s)", eth0, rep.Balances["ETH"])
	}
	price, _ := new(big.Rat).Quo(gasUSD, spent).Float64()
	if price < 2950 || price > 3050 {
		t.Errorf("gas priced at %.2f USD/ETH, want the ETHUSDT mid (about 3000), not the fixed 2000", price)
	}
}

func TestChainBadV3FeeExits2(t *testing.T) {
	w := chaintest.New(t, chaintest.Options{Serve: true, V3: true})
	setBotKey(t)
	code, out, errs := runCLI(t, context.Background(), chainArgs(w, "paper", "tokens.ETH2X.pool_fee_bps=5")...)
	if want := "tokens.ETH2X.pool_fee_bps: config 5, pool " + w.Pool.Hex() + " charges 3000 pips (30.00 bps) on chain"; code != exitUsage || !strings.Contains(errs, want) {
		t.Errorf("exit %d, stderr lacks %q:\n%s%s", code, want, out, errs)
	}
}

// TestChainRPCURLNeverEchoed points the chain at an RPC URL whose path
// carries an API key: whatever happens, the key is in no output.
func TestChainRPCURLNeverEchoed(t *testing.T) {
	w := chaintest.New(t, chaintest.Options{Serve: true})
	setBotKey(t)
	const apiKey = "apikey-5f0c2e9d7b"
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	args := chainArgs(w, "paper", `chains.dev.rpc_urls=["`+w.HTTP+`/v2/`+apiKey+`", "ws://127.0.0.1:1/`+apiKey+`"]`, "chains.dev.chain_id=5")
	code, out, errs := runCLI(t, ctx, args...)
	if code == exitOK {
		t.Fatalf("exit 0 on a wrong chain id:\n%s", errs)
	}
	if strings.Contains(out+errs, apiKey) {
		t.Errorf("the RPC URL's API key appears in the output:\n%s%s", out, errs)
	}
	if !strings.Contains(errs, "chains.dev.") {
		t.Errorf("the error does not name the chain's config:\n%s", errs)
	}
}
