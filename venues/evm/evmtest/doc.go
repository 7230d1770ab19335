// Package evmtest is navarb's harness for tests against a real EVM: an
// in-process chain (go-ethereum's ethclient/simulated) with funded
// deterministic keys, or a connection to a running node (the dev-chain
// process), and helpers that deploy and drive the REAL Uniswap contracts
// from the official npm packages (@uniswap/v2-core, @uniswap/v3-core,
// @uniswap/v3-periphery, installed under scripts/node_modules by
// `bash scripts/npm-install`) and this project's own test contracts
// (venues/evm/contracts: TestERC20, TestUniswapCaller).
//
// Every helper takes a testing.TB and fails the test on error, so tests read
// as a script. A Chain is not safe for concurrent use.
package evmtest
