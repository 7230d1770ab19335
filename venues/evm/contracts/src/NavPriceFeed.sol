// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title NavPriceFeed
/// @notice A minimal keeper-updated price feed for the reference leveraged-token issuer.
/// The price is the value of one raw collateral unit in raw quote units, scaled by 1e18:
/// value(quote units) = collateralUnits * price / 1e18. For WETH (18 decimals) priced at
/// 2000 USDC (6 decimals): price = 2000e6.
///
/// Update rule (as Chainlink-style feeds): the keeper may publish a new price only when it
/// moved by at least `deviationBps` from the last published one, or when `heartbeat`
/// seconds have passed since the last update. Readers reject a price older than their own
/// maximum age.
contract NavPriceFeed {
    address public owner;
    address public keeper;
    uint256 public price;
    uint256 public updatedAt;
    uint256 public round;
    uint256 public heartbeat;
    uint256 public deviationBps;

    event PriceUpdated(uint256 indexed round, uint256 price, uint256 updatedAt);
    event KeeperSet(address keeper);
    event RuleSet(uint256 heartbeat, uint256 deviationBps);

    error NotOwner();
    error NotKeeper();
    error NoUpdateDue(uint256 deviationBps, uint256 age);
    error ZeroPrice();

    constructor(uint256 price_, uint256 heartbeat_, uint256 deviationBps_) {
        if (price_ == 0) revert ZeroPrice();
        owner = msg.sender;
        keeper = msg.sender;
        heartbeat = heartbeat_;
        deviationBps = deviationBps_;
        _publish(price_);
    }

    /// @notice Publishes `newPrice` if the heartbeat has elapsed or it deviates enough.
    function update(uint256 newPrice) external {
        if (msg.sender != keeper) revert NotKeeper();
        if (newPrice == 0) revert ZeroPrice();
        uint256 age = block.timestamp - updatedAt;
        uint256 dev = deviationOf(newPrice);
        if (age < heartbeat && dev < deviationBps) revert NoUpdateDue(dev, age);
        _publish(newPrice);
    }

    /// @notice |newPrice - price| / price in basis points (rounded down).
    function deviationOf(uint256 newPrice) public view returns (uint256) {
        uint256 diff = newPrice > price ? newPrice - price : price - newPrice;
        return diff * 10_000 / price;
    }

    /// @notice The last published price and its timestamp.
    function latest() external view returns (uint256, uint256) {
        return (price, updatedAt);
    }

    function setKeeper(address keeper_) external {
        if (msg.sender != owner) revert NotOwner();
        keeper = keeper_;
        emit KeeperSet(keeper_);
    }

    function setRule(uint256 heartbeat_, uint256 deviationBps_) external {
        if (msg.sender != owner) revert NotOwner();
        heartbeat = heartbeat_;
        deviationBps = deviationBps_;
        emit RuleSet(heartbeat_, deviationBps_);
    }

    function _publish(uint256 p) private {
        price = p;
        updatedAt = block.timestamp;
        round += 1;
        emit PriceUpdated(round, p, block.timestamp);
    }
}
