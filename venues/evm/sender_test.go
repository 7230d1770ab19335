package evm_test

import (
	"encoding/json"

	"context"
	"errors"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"math/big"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/rs/zerolog"
	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/evm"
)

func testPolicy() evm.FeePolicy {
	return evm.FeePolicy{
		MaxFeePerGas: new(big.Int).Mul(gwei, big.NewInt(100)),
		MaxTipPerGas: new(big.Int).Mul(gwei, big.NewInt(10)),
		MinTipPerGas: big.NewInt(10_000_000), // 0.01 gwei
	}
}

func newSender(t testing.TB, cl *evm.Client, keyIdx int, ch *chain, log zerolog.Logger, edit func(*evm.SenderOptions)) *evm.Sender {
	t.Helper()
	o := evm.SenderOptions{Client: cl, Key: ch.keys[keyIdx], Fees: testPolicy(), PollInterval: 20 * time.Millisecond, Logger: log}
	if edit != nil {
		edit(&o)
	}
	s, err := evm.NewSender(o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	return s
}

func connect(t testing.TB, eps ...evm.Endpoint) *evm.Client {
	t.Helper()
	cl := newClient(t, zerolog.Nop(), nil, eps...)
	if err := cl.Connect(context.Background()); err != nil {
		t.Fatal(err)
	}
	return cl
}

func wait(t *testing.T, s *evm.Sender, p *evm.PendingTx) *venues.TxReceipt {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	r, err := s.Wait(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func balance(t *testing.T, ch *chain, a common.Address) *big.Int {
	t.Helper()
	b, err := ch.b.Client().BalanceAt(context.Background(), a, nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func weiDecimal(w *big.Int) decimal.Decimal { return decimal.NewFromBigInt(w, -18) }

func TestSender500ConcurrentTransactions(t *testing.T) {
	ch := newChain(t, 1)
	cl := connect(t, ch.endpoint("ipc"))
	log, logs := testLogger(t)
	s := newSender(t, cl, 0, ch, log.Level(zerolog.InfoLevel), nil)
	runBG(t, s.Run)
	runBG(t, func(ctx context.Context) error {
		tk := time.NewTicker(50 * time.Millisecond)
		defer tk.Stop()
		for {
			select {
			case <-ctx.Done():
				return nil
			case <-tk.C:
				ch.b.Commit()
			}
		}
	})
	const callers, each = 20, 25
	to := common.Address{0x42}
	var (
		mu      sync.Mutex
		pending []*evm.PendingTx
		errs    []error
		wg      sync.WaitGroup
	)
	for c := 0; c < callers; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < each; i++ {
				p, err := s.Send(context.Background(), evm.TxRequest{PlanID: uint64(c*each + i), To: &to, Value: big.NewInt(1), Gas: 21_000})
				mu.Lock()
				if err != nil {
					errs = append(errs, err)
				} else {
					pending = append(pending, p)
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if len(errs) > 0 {
		t.Fatalf("%d send errors, first: %v", len(errs), errs[0])
	}
	var nonces []uint64
	for _, p := range pending {
		r := wait(t, s, p)
		if r.Status != venues.TxSuccess || r.GasNative.Sign() <= 0 || r.Block == 0 {
			t.Fatalf("receipt %+v: want success with gas paid", r)
		}
		nonces = append(nonces, r.Nonce)
	}
	sort.Slice(nonces, func(i, j int) bool { return nonces[i] < nonces[j] })
	for i, n := range nonces {
		if n != uint64(i) {
			t.Fatalf("nonces %v...: want 0..%d without gaps or duplicates", nonces[:i+1], callers*each-1)
		}
	}
	if got := balance(t, ch, to); got.Int64() != callers*each {
		t.Fatalf("recipient got %s wei, want %d", got, callers*each)
	}
	if strings.Contains(logs.String(), "nonce too low") {
		t.Fatalf("nonce errors during the run:\n%s", logs)
	}
	if s.PendingCount() != 0 {
		t.Fatalf("%d nonces still pending", s.PendingCount())
	}
}

func TestSenderResyncsOnNonceTooLow(t *testing.T) {
	ch := newChain(t, 1)
	cl := connect(t, ch.endpoint("ipc"))
	log, logs := testLogger(t)
	s := newSender(t, cl, 0, ch, log, nil)
	runBG(t, s.Run)
	to := common.Address{0x42}
	ctx := context.Background()
	p, err := s.Send(ctx, evm.TxRequest{To: &to, Gas: 21_000})
	if err != nil {
		t.Fatal(err)
	}
	ch.b.Commit()
	wait(t, s, p)
	// Another process uses nonce 1 behind the sender's back.
	if _, err := ch.sendRaw(t, ch.keys[0], 1, &to, nil, 21_000, gwei, new(big.Int).Mul(gwei, big.NewInt(10))); err != nil {
		t.Fatal(err)
	}
	ch.b.Commit()
	p, err = s.Send(ctx, evm.TxRequest{To: &to, Gas: 21_000})
	if err != nil {
		t.Fatalf("send after an external nonce: %v", err)
	}
	ch.b.Commit()
	r := wait(t, s, p)
	if r.Nonce != 2 || r.Status != venues.TxSuccess {
		t.Fatalf("receipt nonce %d status %s, want nonce 2 success", r.Nonce, r.Status)
	}
	if !strings.Contains(logs.String(), "nonce too low; resyncing") {
		t.Fatalf("no resync log line:\n%s", logs)
	}
}

func TestSenderSimulationRevertSendsNothing(t *testing.T) {
	ch := newChain(t, 2)
	once := ch.deploy(t, ch.keys[1], onceRuntime())
	ch.call(t, 1, once, 1) // uses up the once contract
	ch.b.Commit()
	px := newProxy(t, ch.rpc)
	cl := connect(t, evm.Endpoint{Name: "p", HTTP: px.url("k")})
	s := newSender(t, cl, 0, ch, zerolog.Nop(), nil)
	_, err := s.Send(context.Background(), evm.TxRequest{To: &once})
	if !errors.Is(err, evm.ErrSimulationReverted) || !errors.Is(err, venues.ErrRejected) {
		t.Fatalf("send of a reverting call: err %v, want ErrSimulationReverted", err)
	}
	if got := px.count("eth_sendRawTransaction"); got != 0 {
		t.Fatalf("%d transactions sent after a failed simulation, want 0", got)
	}
	if got := px.count("eth_call"); got != 1 {
		t.Fatalf("%d simulations, want 1", got)
	}
	// The nonce was not consumed: the next send uses nonce 0.
	to := common.Address{0x42}
	runBG(t, s.Run)
	p, err := s.Send(context.Background(), evm.TxRequest{To: &to, Gas: 21_000})
	if err != nil {
		t.Fatal(err)
	}
	ch.b.Commit()
	if r := wait(t, s, p); r.Nonce != 0 {
		t.Fatalf("nonce %d after a refused send, want 0", r.Nonce)
	}
}

func TestSenderRecordsRevertedTransactionWithGasCost(t *testing.T) {
	ch := newChain(t, 2)
	once := ch.deploy(t, ch.keys[1], onceRuntime())
	cl := connect(t, ch.endpoint("ipc"))
	s := newSender(t, cl, 0, ch, zerolog.Nop(), func(o *evm.SenderOptions) {
		o.NativeUSD = func() decimal.Decimal { return decimal.RequireFromString("3000.25") }
	})
	runBG(t, s.Run)
	before := balance(t, ch, s.From())
	// Simulation passes: the once contract is unused at the pending block.
	p, err := s.Send(context.Background(), evm.TxRequest{PlanID: 7, To: &once})
	if err != nil {
		t.Fatal(err)
	}
	// State changes between simulation and mining: a competitor's call with a
	// higher tip lands first in the same block.
	ch.call(t, 1, once, 50)
	ch.b.Commit()
	r := wait(t, s, p)
	if r.Status != venues.TxReverted || r.PlanID != 7 {
		t.Fatalf("receipt %+v, want plan 7 reverted", r)
	}
	paid := new(big.Int).Sub(before, balance(t, ch, s.From()))
	if !r.GasNative.Equal(weiDecimal(paid)) || r.GasNative.Sign() <= 0 {
		t.Fatalf("GasNative %s ETH, balance dropped by %s ETH: must be equal and positive", r.GasNative, weiDecimal(paid))
	}
	if want := weiDecimal(paid).Mul(decimal.RequireFromString("3000.25")); !r.GasUSD.Equal(want) {
		t.Fatalf("GasUSD %s, want %s", r.GasUSD, want)
	}
	if r.GasUsed <= 21_000 || r.NativeAsset != "ETH" {
		t.Fatalf("gas used %d asset %q", r.GasUsed, r.NativeAsset)
	}
}

// stuck sets up a chain with tiny blocks where the sender's transaction is
// priced out: a competitor fills the block and the base fee rises above its fee
// cap. It returns with the stuck PendingTx.
func stuck(t *testing.T) (*chain, *evm.Sender, *proxy, *evm.PendingTx) {
	t.Helper()
	ch := newChain(t, 2, simulated.WithBlockGasLimit(100_000))
	px := newProxy(t, ch.rpc)
	cl := connect(t, evm.Endpoint{Name: "p", HTTP: px.url("k")})
	s := newSender(t, cl, 0, ch, zerolog.Nop(), func(o *evm.SenderOptions) {
		o.Fees.BaseFeeMultiplier = 1 // no headroom: the first base fee rise strands it
		o.Fees.MinTipPerGas = big.NewInt(1_000_000)
	})
	runBG(t, s.Run)
	to := common.Address{0x42}
	for n := uint64(0); n < 4; n++ { // 84,000 of 100,000 gas, better paid than ours
		if _, err := ch.sendRaw(t, ch.keys[1], n, &to, nil, 21_000, gwei, new(big.Int).Mul(gwei, big.NewInt(10))); err != nil {
			t.Fatal(err)
		}
	}
	p, err := s.Send(context.Background(), evm.TxRequest{To: &to, Value: big.NewInt(1), Gas: 21_000})
	if err != nil {
		t.Fatal(err)
	}
	ch.b.Commit()
	h, err := ch.b.Client().FeeHistory(context.Background(), 1, nil, []float64{50})
	if err != nil {
		t.Fatal(err)
	}
	next := h.BaseFee[len(h.BaseFee)-1]
	if fc := s.LastFees(p).FeeCap; fc.Cmp(next) >= 0 {
		t.Fatalf("setup: fee cap %s not below the next base fee %s", fc, next)
	}
	if _, err := ch.b.Client().TransactionReceipt(context.Background(), s.Hashes(p)[0]); err == nil {
		t.Fatal("setup: the transaction was mined")
	}
	return ch, s, px, p
}

func TestSenderReplacesStuckTransaction(t *testing.T) {
	ch, s, px, p := stuck(t)
	ctx := context.Background()
	old := s.LastFees(p)
	sent := px.count("eth_sendRawTransaction")

	// A 5% bump is refused before anything is sent...
	five := evm.Fees{
		Tip:    new(big.Int).Div(new(big.Int).Mul(old.Tip, big.NewInt(105)), big.NewInt(100)),
		FeeCap: new(big.Int).Div(new(big.Int).Mul(old.FeeCap, big.NewInt(105)), big.NewInt(100)),
	}
	if err := s.ReplaceWithFees(ctx, p, five); !errors.Is(err, evm.ErrUnderpricedReplacement) {
		t.Fatalf("5%% bump: err %v, want ErrUnderpricedReplacement", err)
	}
	if got := px.count("eth_sendRawTransaction"); got != sent {
		t.Fatalf("a 5%% replacement reached the node (%d sends, want %d)", got, sent)
	}
	if got := len(s.Hashes(p)); got != 1 {
		t.Fatalf("%d attempts recorded, want 1", got)
	}
	// ...and the node would have rejected it anyway.
	_, err := ch.sendRaw(t, ch.keys[0], p.Nonce, &common.Address{0x42}, nil, 21_000, five.Tip, five.FeeCap)
	if err == nil || !strings.Contains(err.Error(), "replacement transaction underpriced") {
		t.Fatalf("node accepted a 5%% replacement: err %v", err)
	}

	// A proper replacement raises both fields by >= 10% and gets mined.
	if err := s.Replace(ctx, p); err != nil {
		t.Fatal(err)
	}
	got := s.LastFees(p)
	if err := evm.CheckBump(old, got); err != nil {
		t.Fatalf("replacement fees %s vs %s: %v", got, old, err)
	}
	ch.b.Commit()
	r := wait(t, s, p)
	hashes := s.Hashes(p)
	if r.Status != venues.TxSuccess || r.TxHash != hashes[1].Hex() {
		t.Fatalf("receipt %s %s, want success of the replacement %s", r.Status, r.TxHash, hashes[1])
	}
	if _, err := ch.b.Client().TransactionReceipt(ctx, hashes[0]); err == nil {
		t.Fatal("the original transaction has a receipt too")
	}
}

func TestSenderCancelsStuckTransaction(t *testing.T) {
	ch, s, _, p := stuck(t)
	before := balance(t, ch, s.From())
	if err := s.Cancel(context.Background(), p); err != nil {
		t.Fatal(err)
	}
	ch.b.Commit()
	r := wait(t, s, p)
	if r.Status != venues.TxDropped || r.Reason != "cancelled" || r.GasUsed != 21_000 {
		t.Fatalf("receipt %+v: want dropped/cancelled with 21000 gas", r)
	}
	paid := new(big.Int).Sub(before, balance(t, ch, s.From()))
	if !r.GasNative.Equal(weiDecimal(paid)) || r.GasNative.Sign() <= 0 {
		t.Fatalf("cancel cost %s ETH, balance dropped %s ETH", r.GasNative, weiDecimal(paid))
	}
	if got := balance(t, ch, common.Address{0x42}); got.Sign() != 0 { // the competitor sent 0-value transfers; ours was 1 wei
		t.Fatalf("the cancelled transfer arrived: recipient has %s wei", got)
	}
	if err := s.Replace(context.Background(), p); !errors.Is(err, evm.ErrNonceUsed) {
		t.Fatalf("replace after settlement: err %v, want ErrNonceUsed", err)
	}
}

func TestSenderOPStackReceiptAddsL1Fee(t *testing.T) {
	ch := newChain(t, 1)
	px := newProxy(t, ch.rpc)
	const l1Fee = 123_456_789_000 // wei
	px.rewrite = func(method string, _ []json.RawMessage, res json.RawMessage) json.RawMessage {
		if method != "eth_getTransactionReceipt" || string(res) == "null" {
			return res
		}
		var m map[string]any
		if err := json.Unmarshal(res, &m); err != nil {
			return res
		}
		m["l1Fee"] = hexutil.EncodeBig(big.NewInt(l1Fee))
		out, _ := json.Marshal(m)
		return out
	}
	cl := connect(t, evm.Endpoint{Name: "op-node", HTTP: px.url("k")})
	s := newSender(t, cl, 0, ch, zerolog.Nop(), func(o *evm.SenderOptions) { o.Kind = evm.OPStack })
	runBG(t, s.Run)
	before := balance(t, ch, s.From())
	to := common.Address{0x42}
	p, err := s.Send(context.Background(), evm.TxRequest{To: &to, Gas: 21_000})
	if err != nil {
		t.Fatal(err)
	}
	ch.b.Commit()
	r := wait(t, s, p)
	// The simulated chain charges no L1 fee: the receipt's cost is the L2 gas the
	// balance paid plus the l1Fee the node reported.
	l2 := new(big.Int).Sub(before, balance(t, ch, s.From()))
	want := weiDecimal(new(big.Int).Add(l2, big.NewInt(l1Fee)))
	if !r.GasNative.Equal(want) {
		t.Fatalf("GasNative %s, want L2 gas %s + l1Fee = %s", r.GasNative, weiDecimal(l2), want)
	}
	_, raw := s.Receipt(p)
	if raw == nil || raw.L1Fee.Int64() != l1Fee {
		t.Fatalf("raw receipt l1Fee %v, want %d", raw, l1Fee)
	}
}
