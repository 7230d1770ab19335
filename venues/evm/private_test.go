package evm_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/evm"
)

func TestSenderPrivateProtectRPC(t *testing.T) {
	ch := newChain(t, 1)
	public, protect := newProxy(t, ch.rpc), newProxy(t, ch.rpc)
	cl := connect(t, evm.Endpoint{Name: "public", HTTP: public.url("k")})
	s := newSender(t, cl, 0, ch, zerolog.Nop(), func(o *evm.SenderOptions) { o.Private.ProtectURL = protect.url("protect-key") })
	runBG(t, s.Run)
	to := common.Address{0x42}
	p, err := s.Send(context.Background(), evm.TxRequest{To: &to, Gas: 21_000})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := []int{public.count("eth_sendRawTransaction"), protect.count("eth_sendRawTransaction")}, []int{0, 1}; got[0] != want[0] || got[1] != want[1] {
		t.Fatalf("sends public/protect = %v, want %v", got, want)
	}
	ch.b.Commit()
	if r := wait(t, s, p); r.Status != venues.TxSuccess {
		t.Fatalf("status %s", r.Status)
	}
}

// relay is a fake bundle relay: it checks the X-Flashbots-Signature header and,
// when including, forwards the bundle's transaction to the chain.
type relay struct {
	t       *testing.T
	ch      *chain
	signer  common.Address
	include bool

	mu     sync.Mutex
	blocks []uint64
	bad    []string
	seen   map[string]bool
}

func (r *relay) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	body, _ := io.ReadAll(req.Body)
	r.mu.Lock()
	defer r.mu.Unlock()
	if err := checkFlashbotsSignature(body, req.Header.Get("X-Flashbots-Signature"), r.signer); err != nil {
		r.bad = append(r.bad, err.Error())
		http.Error(w, `{"error":{"code":-32600,"message":"bad signature"}}`, http.StatusForbidden)
		return
	}
	var call struct {
		ID     json.RawMessage `json:"id"`
		Method string          `json:"method"`
		Params []struct {
			Txs         []string `json:"txs"`
			BlockNumber string   `json:"blockNumber"`
		} `json:"params"`
	}
	if err := json.Unmarshal(body, &call); err != nil || call.Method != "eth_sendBundle" || len(call.Params) != 1 || len(call.Params[0].Txs) != 1 {
		r.bad = append(r.bad, "malformed: "+string(body))
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	n, err := hexutil.DecodeUint64(call.Params[0].BlockNumber)
	if err != nil {
		r.bad = append(r.bad, "block number: "+err.Error())
	}
	r.blocks = append(r.blocks, n)
	raw := call.Params[0].Txs[0]
	if r.include && !r.seen[raw] {
		r.seen[raw] = true
		var hash common.Hash
		if err := r.ch.rpc.Call(&hash, "eth_sendRawTransaction", raw); err != nil {
			r.bad = append(r.bad, "forward: "+err.Error())
		}
	}
	w.Header().Set("Content-Type", "application/json")
	io.WriteString(w, `{"jsonrpc":"2.0","id":`+string(call.ID)+`,"result":{"bundleHash":"`+crypto.Keccak256Hash([]byte(raw)).Hex()+`"}}`)
}

// checkFlashbotsSignature verifies "address:signature" where the signature is an
// EIP-191 personal sign of the hex keccak256 of the body.
func checkFlashbotsSignature(body []byte, header string, want common.Address) error {
	a, s, ok := strings.Cut(header, ":")
	if !ok || common.HexToAddress(a) != want {
		return errors.New("header address " + a)
	}
	sig, err := hexutil.Decode(s)
	if err != nil || len(sig) != 65 {
		return errors.New("signature encoding")
	}
	sig[64] -= 27
	pub, err := crypto.SigToPub(accounts.TextHash([]byte(crypto.Keccak256Hash(body).Hex())), sig)
	if err != nil {
		return err
	}
	if crypto.PubkeyToAddress(*pub) != want {
		return errors.New("signature by " + crypto.PubkeyToAddress(*pub).Hex())
	}
	return nil
}

func bundleSetup(t *testing.T, include bool) (*chain, *evm.Sender, *relay, *proxy) {
	ch := newChain(t, 1)
	authKey, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	rl := &relay{t: t, ch: ch, signer: crypto.PubkeyToAddress(authKey.PublicKey), include: include, seen: map[string]bool{}}
	srv := httptest.NewServer(rl)
	t.Cleanup(srv.Close)
	public := newProxy(t, ch.rpc)
	cl := connect(t, evm.Endpoint{Name: "public", HTTP: public.url("k")})
	s := newSender(t, cl, 0, ch, zerolog.Nop(), func(o *evm.SenderOptions) {
		o.Private = evm.PrivateOptions{BundleURL: srv.URL + "/relay", BundleKey: authKey, BundleBlocks: 2}
	})
	runBG(t, s.Run)
	return ch, s, rl, public
}

func TestSenderPrivateBundleIncluded(t *testing.T) {
	ch, s, rl, public := bundleSetup(t, true)
	head := ch.head(t).Number.Uint64()
	to := common.Address{0x42}
	p, err := s.Send(context.Background(), evm.TxRequest{To: &to, Gas: 21_000})
	if err != nil {
		t.Fatal(err)
	}
	ch.b.Commit()
	if r := wait(t, s, p); r.Status != venues.TxSuccess {
		t.Fatalf("status %s", r.Status)
	}
	rl.mu.Lock()
	defer rl.mu.Unlock()
	if len(rl.bad) > 0 {
		t.Fatalf("relay refused: %v", rl.bad)
	}
	if len(rl.blocks) != 2 || rl.blocks[0] != head+1 || rl.blocks[1] != head+2 {
		t.Fatalf("bundle target blocks %v, want [%d %d]", rl.blocks, head+1, head+2)
	}
	if got := public.count("eth_sendRawTransaction"); got != 0 {
		t.Fatalf("%d public broadcasts of a private transaction", got)
	}
}

func TestSenderPrivateBundleNotIncludedReleasesNonce(t *testing.T) {
	ch, s, _, _ := bundleSetup(t, false)
	to := common.Address{0x42}
	p, err := s.Send(context.Background(), evm.TxRequest{To: &to, Gas: 21_000})
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ { // past both target blocks
		ch.b.Commit()
	}
	r := wait(t, s, p)
	if r.Status != venues.TxDropped || r.Reason != "bundle not included" || !r.GasNative.IsZero() {
		t.Fatalf("receipt %+v: want dropped, bundle not included, no gas", r)
	}
	p2, err := s.Send(context.Background(), evm.TxRequest{To: &to, Gas: 21_000})
	if err != nil {
		t.Fatal(err)
	}
	if p2.Nonce != p.Nonce {
		t.Fatalf("next nonce %d, want the released %d", p2.Nonce, p.Nonce)
	}
}

func TestFlashbotsSignatureRecovers(t *testing.T) {
	keys := make([]*ecdsa.PrivateKey, 3)
	for i := range keys {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		keys[i] = k
	}
	for i, body := range []string{`{}`, `{"jsonrpc":"2.0","id":1,"method":"eth_sendBundle","params":[]}`, strings.Repeat("x", 5000)} {
		k := keys[i]
		h, err := evm.FlashbotsSignature([]byte(body), k)
		if err != nil {
			t.Fatal(err)
		}
		if err := checkFlashbotsSignature([]byte(body), h, crypto.PubkeyToAddress(k.PublicKey)); err != nil {
			t.Fatalf("body %d: %v", i, err)
		}
		if err := checkFlashbotsSignature([]byte(body+" "), h, crypto.PubkeyToAddress(k.PublicKey)); err == nil {
			t.Fatalf("body %d: signature verifies for a different body", i)
		}
	}
}
