// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title TorosPoolFactory
/// @notice A look-alike of the dHEDGE PoolFactory parts a Toros pool and navarb use, with the
/// real signatures: isPool(address), getExitCooldown(), isPaused(), pausedPools(address),
/// receiverWhitelist(address), daoAddress(), owner().
///
/// Simplified: pools are registered by the owner (addPool) instead of being created as
/// proxies by createFund; the DAO fee share is zero (all entry and exit fees go to the
/// manager); the factory also stands in for the Aave pool that lent the pools' debt, so
/// collateral a withdrawal uses to repay debt is sent here.
contract TorosPoolFactory {
    address public owner;
    address public daoAddress;
    bool public isPaused;
    uint256 private exitCooldown;
    mapping(address => bool) public isPool;
    mapping(address => bool) public pausedPools;
    mapping(address => bool) public receiverWhitelist;

    error OnlyOwner();

    modifier onlyOwner() {
        if (msg.sender != owner) revert OnlyOwner();
        _;
    }

    constructor(uint256 exitCooldown_) {
        owner = msg.sender;
        daoAddress = msg.sender;
        exitCooldown = exitCooldown_;
    }

    function getExitCooldown() external view returns (uint256) {
        return exitCooldown;
    }

    function addPool(address pool) external onlyOwner {
        isPool[pool] = true;
    }

    function setExitCooldown(uint256 cooldown) external onlyOwner {
        exitCooldown = cooldown;
    }

    function setPaused(bool paused) external onlyOwner {
        isPaused = paused;
    }

    function setPoolPaused(address pool, bool paused) external onlyOwner {
        pausedPools[pool] = paused;
    }

    function setReceiverWhitelist(address receiver, bool allowed) external onlyOwner {
        receiverWhitelist[receiver] = allowed;
    }
}
