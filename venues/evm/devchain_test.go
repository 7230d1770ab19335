package evm_test

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/evm"
)

// devchainBinary builds cmd/devchain once per test run.
var devchainBinary = struct {
	once sync.Once
	dir  string
	path string
	err  error
}{}

func buildDevchain(t *testing.T) string {
	t.Helper()
	d := &devchainBinary
	d.once.Do(func() {
		if d.dir, d.err = os.MkdirTemp("", "devchain"); d.err != nil {
			return
		}
		d.path = filepath.Join(d.dir, "devchain")
		args := []string{"build", "-ldflags=-s -w", "-o", d.path}
		if raceEnabled {
			args = append(args, "-race")
		}
		cmd := exec.Command("go", append(args, "github.com/navarb/navarb/cmd/devchain")...)
		out, err := cmd.CombinedOutput()
		if err != nil {
			d.err = fmt.Errorf("go build devchain: %v\n%s", err, out)
		}
	})
	if d.err != nil {
		t.Fatal(d.err)
	}
	return d.path
}

// devchain is a running cmd/devchain process.
type devchain struct {
	cmd     *exec.Cmd
	http    string
	ws      string
	chainID uint64
	keys    []*ecdsa.PrivateKey
	stderr  *syncBuf
	exited  chan error
}

var readyLine = regexp.MustCompile(`^READY http=(http://127\.0\.0\.1:\d+) ws=(ws://127\.0\.0\.1:\d+) chain_id=(\d+)$`)

func startDevchain(t *testing.T, accounts int) *devchain {
	t.Helper()
	bin := buildDevchain(t)
	keysFile := filepath.Join(t.TempDir(), "keys")
	d := &devchain{stderr: &syncBuf{}, exited: make(chan error, 1)}
	d.cmd = exec.Command(bin, "-accounts", fmt.Sprint(accounts), "-balance-eth", "100.5", "-keys-file", keysFile)
	d.cmd.Stderr = d.stderr
	stdout, err := d.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := d.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			default:
			}
		}
		d.exited <- d.cmd.Wait()
	}()
	t.Cleanup(func() {
		if d.cmd.ProcessState == nil {
			d.cmd.Process.Kill()
			<-d.exited
		}
	})
	select {
	case line := <-lines:
		m := readyLine.FindStringSubmatch(line)
		if m == nil {
			t.Fatalf("first stdout line %q is not a READY line", line)
		}
		d.http, d.ws = m[1], m[2]
		fmt.Sscan(m[3], &d.chainID)
	case err := <-d.exited:
		t.Fatalf("devchain exited before READY: %v\n%s", err, d.stderr)
	case <-time.After(60 * time.Second):
		t.Fatalf("no READY line within 60s\n%s", d.stderr)
	}
	raw, err := os.ReadFile(keysFile)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
		a, hexKey, _ := strings.Cut(line, " ")
		k, err := crypto.HexToECDSA(hexKey)
		if err != nil || crypto.PubkeyToAddress(k.PublicKey) != common.HexToAddress(a) {
			t.Fatalf("keys file line %q: key %v does not match its address", line, err)
		}
		d.keys = append(d.keys, k)
	}
	if len(d.keys) != accounts {
		t.Fatalf("%d keys in the keys file, want %d", len(d.keys), accounts)
	}
	return d
}

// stop sends SIGINT and waits for a clean exit.
func (d *devchain) stop(t *testing.T) {
	t.Helper()
	if err := d.cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-d.exited:
		if err != nil {
			t.Fatalf("devchain exit: %v\n%s", err, d.stderr)
		}
	case <-time.After(30 * time.Second):
		t.Fatalf("devchain still running 30s after SIGINT\n%s", d.stderr)
	}
}

func (d *devchain) client(t *testing.T, log zerolog.Logger, extra ...evm.Endpoint) *evm.Client {
	t.Helper()
	eps := append(extra, evm.Endpoint{Name: "devchain", HTTP: d.http, WS: d.ws})
	c, err := evm.NewClient(evm.ClientOptions{Venue: "devchain", ChainID: d.chainID, Endpoints: eps, Logger: log})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	if err := c.Connect(context.Background()); err != nil {
		t.Fatal(err)
	}
	return c
}

func devSender(t *testing.T, c *evm.Client, k *ecdsa.PrivateKey, events chan<- venues.Event) *evm.Sender {
	t.Helper()
	s, err := evm.NewSender(evm.SenderOptions{Client: c, Key: k, Fees: testPolicy(), Events: events, PollInterval: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	return s
}

func TestDevchainProcess(t *testing.T) {
	d := startDevchain(t, 3)
	if d.chainID != 1337 {
		t.Fatalf("chain id %d, want the default 1337", d.chainID)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	dead := evm.Endpoint{Name: "dead", HTTP: "http://" + l.Addr().String(), WS: "ws://" + l.Addr().String()}
	l.Close()
	log, logs := testLogger(t)
	c := d.client(t, log, dead)
	if !strings.Contains(logs.String(), `"endpoint":"dead"`) {
		t.Fatalf("no log line about the dead endpoint:\n%s", logs)
	}
	ctx := context.Background()
	bal, err := c.BalanceAt(ctx, addr(d.keys[0]), nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := new(big.Int).Mul(big.NewInt(1005), big.NewInt(1e17)); bal.Cmp(want) != 0 {
		t.Fatalf("funded balance %s wei, want 100.5 ETH", bal)
	}

	// Account 0 deploys a counter; account 1 calls it; a watcher over WS follows.
	events := make(chan venues.Event, 64)
	s0 := devSender(t, c, d.keys[0], events)
	runBG(t, s0.Run)
	p, err := s0.Send(ctx, evm.TxRequest{Data: deployCode(counterRuntime())})
	if err != nil {
		t.Fatal(err)
	}
	wait(t, s0, p)
	_, raw := s0.Receipt(p)
	counter := raw.ContractAddress
	start, err := c.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	rec := &recorder{addr: counter}
	w, err := evm.NewWatcher(evm.WatcherOptions{Venue: "devchain", Source: c, Consumers: []evm.LogConsumer{rec}, Start: start,
		PollInterval: time.Minute}) // heads must come from the WS subscription
	if err != nil {
		t.Fatal(err)
	}
	runBG(t, w.Run)

	s1 := devSender(t, c, d.keys[1], nil)
	runBG(t, s1.Run)
	const calls = 20
	var wg sync.WaitGroup
	sent := make(chan *evm.PendingTx, calls)
	for i := 0; i < calls; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p, err := s1.Send(ctx, evm.TxRequest{PlanID: uint64(i), To: &counter})
			if err != nil {
				t.Error(err)
				return
			}
			sent <- p
		}()
	}
	wg.Wait()
	close(sent)
	for p := range sent {
		if r := wait(t, s1, p); r.Status != venues.TxSuccess {
			t.Fatalf("call %d: %s", r.PlanID, r.Status)
		}
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for w.Head().Number < head.Number.Uint64() {
		if time.Now().After(deadline) {
			t.Fatalf("watcher at #%d, chain at #%d", w.Head().Number, head.Number)
		}
		time.Sleep(10 * time.Millisecond)
	}
	_, _, state := rec.snapshot()
	if len(state) != calls {
		t.Fatalf("watcher saw %d counter logs, want %d", len(state), calls)
	}
	for i, e := range state {
		if e.Value != uint64(i+1) {
			t.Fatalf("log %d has value %d, want %d (in chain order)", i, e.Value, i+1)
		}
	}
	select {
	case ev := <-events:
		if r, ok := ev.(*venues.TxReceipt); !ok || r.Status != venues.TxSuccess || r.Chain != "devchain" {
			t.Fatalf("event %#v, want the deploy's TxReceipt", ev)
		}
	default:
		t.Fatal("no TxReceipt event for the deploy")
	}
	d.stop(t)
	if !strings.Contains(d.stderr.String(), "stopping") {
		t.Fatalf("stderr lacks the stop line:\n%s", d.stderr)
	}
}
