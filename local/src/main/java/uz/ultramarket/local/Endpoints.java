package uz.ultramarket.local;

import java.net.URI;

/**
 * Where the local stack's pieces listen.
 *
 * @param dynamoDb  DynamoDB and DynamoDB Streams
 * @param aws       every other AWS service (moto, or the emulator named by {@code AWS_ENDPOINT_URL})
 * @param jdbcUrl   the catalog database
 */
public record Endpoints(URI dynamoDb, URI aws, String jdbcUrl, String databaseUser, String databasePassword) {}
