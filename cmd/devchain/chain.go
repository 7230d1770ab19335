package main

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/shopspring/decimal"
)

type options struct {
	accounts   int
	balanceETH string
	fund       string
	keysFile   string
	seed       string
	period     uint64
	chainID    uint64
	gasLimit   uint64
	host       string
	port       int
	logLevel   string
}

type devChain struct {
	stack   *node.Node
	httpURL string
	wsURL   string
}

// account is a funded key.
type account struct {
	addr common.Address
	key  *ecdsa.PrivateKey
}

func weiOf(eth string) (*big.Int, error) {
	d, err := decimal.NewFromString(eth)
	if err != nil || d.IsNegative() {
		return nil, fmt.Errorf("-balance-eth %q: not a non-negative decimal", eth)
	}
	wei := d.Shift(18)
	if !wei.IsInteger() {
		return nil, fmt.Errorf("-balance-eth %q: more than 18 decimals", eth)
	}
	return wei.BigInt(), nil
}

func makeAccounts(n int, seed string) ([]account, error) {
	out := make([]account, 0, n)
	for i := 0; i < n; i++ {
		var key *ecdsa.PrivateKey
		var err error
		if seed == "" {
			key, err = crypto.GenerateKey()
		} else {
			key, err = crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("navarb-devchain/%s/%d", seed, i))))
		}
		if err != nil {
			return nil, fmt.Errorf("account %d: %w", i, err)
		}
		out = append(out, account{crypto.PubkeyToAddress(key.PublicKey), key})
	}
	return out, nil
}

func writeKeys(path string, accs []account) error {
	var b strings.Builder
	for _, a := range accs {
		fmt.Fprintf(&b, "%s %x\n", a.addr.Hex(), crypto.FromECDSA(a.key))
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		return fmt.Errorf("-keys-file: %w", err)
	}
	return nil
}

// start assembles and starts the node: in-memory database, dev genesis with the
// funded accounts, no p2p, HTTP+WS on one port, and a simulated beacon that
// seals blocks on demand (period 0) or every period seconds.
func start(o options) (*devChain, error) {
	if o.accounts < 0 {
		return nil, errors.New("-accounts must be >= 0")
	}
	if o.chainID == 0 {
		return nil, errors.New("-chain-id must be > 0")
	}
	wei, err := weiOf(o.balanceETH)
	if err != nil {
		return nil, err
	}
	accs, err := makeAccounts(o.accounts, o.seed)
	if err != nil {
		return nil, err
	}
	genesis := core.DeveloperGenesisBlock(o.gasLimit, nil)
	cfg := *genesis.Config
	cfg.ChainID = new(big.Int).SetUint64(o.chainID)
	genesis.Config = &cfg
	for _, a := range accs {
		genesis.Alloc[a.addr] = types.Account{Balance: new(big.Int).Set(wei)}
	}
	for _, s := range strings.Split(o.fund, ",") {
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		if !common.IsHexAddress(s) {
			return nil, fmt.Errorf("-fund: %q is not an address", s)
		}
		genesis.Alloc[common.HexToAddress(s)] = types.Account{Balance: new(big.Int).Set(wei)}
	}
	if o.keysFile != "" {
		if err := writeKeys(o.keysFile, accs); err != nil {
			return nil, err
		}
	}

	modules := []string{"eth", "net", "web3", "txpool", "dev"}
	nodeCfg := node.DefaultConfig
	nodeCfg.Name = "navarb-devchain"
	nodeCfg.DataDir = ""
	nodeCfg.P2P = p2p.Config{NoDiscovery: true, ListenAddr: "", MaxPeers: 0}
	nodeCfg.HTTPHost, nodeCfg.HTTPPort = o.host, o.port
	nodeCfg.HTTPModules, nodeCfg.HTTPVirtualHosts = modules, []string{"*"}
	nodeCfg.WSHost, nodeCfg.WSPort = o.host, o.port
	nodeCfg.WSModules, nodeCfg.WSOrigins = modules, []string{"*"}
	nodeCfg.AuthPort = 0
	stack, err := node.New(&nodeCfg)
	if err != nil {
		return nil, fmt.Errorf("node: %w", err)
	}

	ethCfg := ethconfig.Defaults
	ethCfg.NetworkId = o.chainID
	ethCfg.Genesis = genesis
	ethCfg.SyncMode = ethconfig.FullSync
	ethCfg.Miner.GasCeil = o.gasLimit
	ethCfg.Miner.GasPrice = big.NewInt(1) // as geth --dev: any tip is enough
	backend, err := eth.New(stack, &ethCfg)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("eth service: %w", err)
	}
	fsys := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(fsys)}})
	beacon, err := catalyst.NewSimulatedBeacon(o.period, common.Address{}, backend)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("simulated beacon: %w", err)
	}
	catalyst.RegisterSimulatedBeaconAPIs(stack, beacon)
	stack.RegisterLifecycle(beacon)
	if err := stack.Start(); err != nil {
		stack.Close()
		return nil, fmt.Errorf("start node: %w", err)
	}
	return &devChain{stack: stack, httpURL: stack.HTTPEndpoint(), wsURL: stack.WSEndpoint()}, nil
}

func (d *devChain) close() error { return d.stack.Close() }
