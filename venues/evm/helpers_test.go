package evm_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/rs/zerolog"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/evm"
)

const simChainID = 1337

var gwei = big.NewInt(1_000_000_000)

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// chain is a simulated backend with funded keys.
type chain struct {
	b    *simulated.Backend
	ipc  string
	rpc  *rpc.Client
	keys []*ecdsa.PrivateKey
}

func newChain(t testing.TB, nkeys int, opts ...func(*node.Config, *ethconfig.Config)) *chain {
	t.Helper()
	alloc := types.GenesisAlloc{}
	var keys []*ecdsa.PrivateKey
	for i := 0; i < nkeys; i++ {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, k)
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: ether(1000)}
	}
	// The node also serves JSON-RPC on a unix socket: a real transport (with
	// subscriptions) that tests can dial as many times as they need.
	dir, err := os.MkdirTemp("", "evm")
	if err != nil {
		t.Fatal(err)
	}
	ipc := filepath.Join(dir, "n.ipc")
	opts = append(opts, func(nc *node.Config, _ *ethconfig.Config) { nc.IPCPath = ipc })
	b := simulated.NewBackend(alloc, opts...)
	t.Cleanup(func() {
		b.Close()
		os.RemoveAll(dir)
	})
	c := &chain{b: b, ipc: ipc, keys: keys}
	c.rpc = c.dial(t)
	return c
}

// dial opens a new JSON-RPC connection to the node; the test closes it.
func (c *chain) dial(t testing.TB) *rpc.Client {
	t.Helper()
	rc, err := rpc.DialIPC(context.Background(), c.ipc)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(rc.Close)
	return rc
}

func addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// endpoint is an in-process endpoint on the simulated chain.
func (c *chain) endpoint(name string) evm.Endpoint {
	return evm.Endpoint{Name: name, Dial: func(ctx context.Context) (*rpc.Client, error) { return rpc.DialIPC(ctx, c.ipc) }}
}

// sendRaw signs and sends a dynamic-fee tx directly, bypassing the Sender.
func (c *chain) sendRaw(t testing.TB, k *ecdsa.PrivateKey, nonce uint64, to *common.Address, data []byte, gas uint64, tip, feeCap *big.Int) (*types.Transaction, error) {
	t.Helper()
	tx := types.MustSignNewTx(k, types.LatestSignerForChainID(big.NewInt(simChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(simChainID), Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: to, Data: data, Value: new(big.Int),
	})
	return tx, c.b.Client().SendTransaction(context.Background(), tx)
}

// syncBuf is a goroutine-safe log sink.
type syncBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuf) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuf) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func testLogger(t testing.TB) (zerolog.Logger, *syncBuf) {
	buf := &syncBuf{}
	return zerolog.New(io.MultiWriter(buf, zerolog.NewTestWriter(t))), buf
}

// proxy is a killable JSON-RPC-over-HTTP front for an in-process node: a real
// HTTP endpoint whose death and recovery a test controls, counting methods and
// optionally rewriting answers.
type proxy struct {
	target *rpc.Client
	srv    *httptest.Server
	down   atomic.Bool
	// rewrite, if set, may replace a method's result before it is returned.
	rewrite func(method string, params []json.RawMessage, result json.RawMessage) json.RawMessage

	mu     sync.Mutex
	counts map[string]int
}

func newProxy(t testing.TB, target *rpc.Client) *proxy {
	p := &proxy{target: target, counts: map[string]int{}}
	p.srv = httptest.NewServer(p)
	t.Cleanup(p.srv.Close)
	return p
}

// url carries a fake API key in its path, which must never reach logs or errors.
func (p *proxy) url(secret string) string { return p.srv.URL + "/v3/" + secret }

func (p *proxy) count(method string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.counts[method]
}

type rpcReq struct {
	ID     json.RawMessage   `json:"id"`
	Method string            `json:"method"`
	Params []json.RawMessage `json:"params"`
}

type rpcErr struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
	Data    any    `json:"data,omitempty"`
}

type rpcResp struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   *rpcErr         `json:"error,omitempty"`
}

func (p *proxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if p.down.Load() {
		// A dead node: the connection drops without an answer.
		if hj, ok := w.(http.Hijacker); ok {
			if conn, _, err := hj.Hijack(); err == nil {
				conn.Close()
				return
			}
		}
		w.WriteHeader(http.StatusBadGateway)
		return
	}
	body, _ := io.ReadAll(r.Body)
	var out any
	if trimmed := bytes.TrimSpace(body); len(trimmed) > 0 && trimmed[0] == '[' {
		var reqs []rpcReq
		if json.Unmarshal(body, &reqs) != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		var resps []rpcResp
		for _, q := range reqs {
			resps = append(resps, p.handle(r.Context(), q))
		}
		out = resps
	} else {
		var q rpcReq
		if json.Unmarshal(body, &q) != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		out = p.handle(r.Context(), q)
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(out)
}

func (p *proxy) handle(ctx context.Context, q rpcReq) rpcResp {
	p.mu.Lock()
	p.counts[q.Method]++
	p.mu.Unlock()
	args := make([]any, len(q.Params))
	for i, a := range q.Params {
		args[i] = a
	}
	var res json.RawMessage
	err := p.target.CallContext(ctx, &res, q.Method, args...)
	if err != nil {
		e := &rpcErr{Code: -32000, Message: err.Error()}
		var re rpc.Error
		if errors.As(err, &re) {
			e.Code = re.ErrorCode()
		}
		var de rpc.DataError
		if errors.As(err, &de) {
			e.Data = de.ErrorData()
		}
		return rpcResp{JSONRPC: "2.0", ID: q.ID, Error: e}
	}
	if res == nil {
		res = json.RawMessage("null")
	}
	if p.rewrite != nil {
		res = p.rewrite(q.Method, q.Params, res)
	}
	return rpcResp{JSONRPC: "2.0", ID: q.ID, Result: res}
}

// Hand-assembled test contracts (EVM bytecode, no compiler needed).

// deployCode wraps runtime code in a constructor that returns it.
func deployCode(runtime []byte) []byte {
	if len(runtime) > 255 {
		panic("runtime too long for PUSH1")
	}
	// PUSH1 len DUP1 PUSH1 11 PUSH1 0 CODECOPY PUSH1 0 RETURN
	init := []byte{0x60, byte(len(runtime)), 0x80, 0x60, 0x0b, 0x60, 0x00, 0x39, 0x60, 0x00, 0xf3}
	return append(init, runtime...)
}

// countedTopic is topic0 of the counter contract's log.
var countedTopic = crypto.Keccak256Hash([]byte("Counted(uint256)"))

// counterRuntime increments storage slot 0 on every call and logs the new value
// as LOG1(topic0 = countedTopic, data = uint256 value).
func counterRuntime() []byte {
	code := []byte{
		0x60, 0x00, 0x54, // PUSH1 0 SLOAD
		0x60, 0x01, 0x01, // PUSH1 1 ADD
		0x80,             // DUP1
		0x60, 0x00, 0x55, // PUSH1 0 SSTORE
		0x60, 0x00, 0x52, // PUSH1 0 MSTORE
		0x7f, // PUSH32 topic
	}
	code = append(code, countedTopic.Bytes()...)
	return append(code,
		0x60, 0x20, 0x60, 0x00, 0xa1, // PUSH1 32 PUSH1 0 LOG1
		0x00, // STOP
	)
}

// onceRuntime succeeds the first time (setting slot 0) and reverts ever after.
func onceRuntime() []byte {
	return []byte{
		0x60, 0x00, 0x54, // PUSH1 0 SLOAD
		0x15,             // ISZERO
		0x60, 0x0c, 0x57, // PUSH1 12 JUMPI
		0x60, 0x00, 0x60, 0x00, 0xfd, // PUSH1 0 PUSH1 0 REVERT
		0x5b,                         // JUMPDEST (12)
		0x60, 0x01, 0x60, 0x00, 0x55, // PUSH1 1 PUSH1 0 SSTORE
		0x00, // STOP
	}
}

// deploy deploys code from key k directly and commits it.
func (c *chain) deploy(t testing.TB, k *ecdsa.PrivateKey, runtime []byte) common.Address {
	t.Helper()
	ctx := context.Background()
	nonce, err := c.b.Client().PendingNonceAt(ctx, addr(k))
	if err != nil {
		t.Fatal(err)
	}
	tx := types.MustSignNewTx(k, types.LatestSignerForChainID(big.NewInt(simChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(simChainID), Nonce: nonce, GasTipCap: gwei, GasFeeCap: new(big.Int).Mul(gwei, big.NewInt(10)),
		Gas: 2_000_000, Data: deployCode(runtime), Value: new(big.Int),
	})
	if err := c.b.Client().SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	c.b.Commit()
	r, err := c.b.Client().TransactionReceipt(ctx, tx.Hash())
	if err != nil || r.Status != 1 {
		t.Fatalf("deploy: receipt %v, err %v", r, err)
	}
	return r.ContractAddress
}

// newClient connects a Client to the given endpoints.
func newClient(t testing.TB, log zerolog.Logger, events chan<- venues.Event, eps ...evm.Endpoint) *evm.Client {
	t.Helper()
	c, err := evm.NewClient(evm.ClientOptions{
		Venue: "testchain", ChainID: simChainID, Endpoints: eps, Logger: log, Events: events,
		RequestTimeout: 5 * time.Second, HealthInterval: 50 * time.Millisecond,
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

// runBG runs f in a goroutine until the test ends; cleanup cancels and waits.
func runBG(t testing.TB, f func(ctx context.Context) error) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- f(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("background run: %v", err)
		}
	})
}

func containsAll(s string, subs ...string) bool {
	for _, x := range subs {
		if !strings.Contains(s, x) {
			return false
		}
	}
	return true
}
