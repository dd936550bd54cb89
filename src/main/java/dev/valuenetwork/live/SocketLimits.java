package dev.valuenetwork.live;

import dev.valuenetwork.common.error.ApiException;
import dev.valuenetwork.common.error.ErrorCode;
import dev.valuenetwork.common.metrics.ServiceMetrics;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.util.ReferenceCountUtil;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Bounds on what a WebSocket client can make the server hold. Vert.x queues every frame written
 * to a socket whose client stops reading, without limit: 50 subscriptions on one stalled socket
 * took the heap to over a gigabyte during a burst of writes. So each GraphQL socket gets a
 * Netty handler that closes it (close code 1008 and a reason) once more than
 * {@code max-pending-bytes} wait to be sent, which drops the queue and ends its subscriptions;
 * and a socket, and a client (its address), may hold only so many subscriptions.
 */
@ApplicationScoped
public class SocketLimits {

    private static final Logger LOG = Logger.getLogger(SocketLimits.class);
    static final String SOCKET = "valuenetwork.socket";

    /** Settings under {@code valuenetwork.live}. */
    @ConfigMapping(prefix = "valuenetwork.live")
    public interface Settings {
        /** Bytes that may wait to be sent to one socket before it is closed as too slow. */
        @WithDefault("1048576")
        int maxPendingBytes();

        /**
         * The kernel's send buffer of a GraphQL socket. Events are small; without a bound the
         * kernel's autotuning lets each stalled socket hold megabytes before the bound above is reached.
         */
        @WithDefault("65536")
        int sendBufferBytes();

        /** Subscriptions one socket may hold at once. */
        @WithDefault("20")
        int maxSubscriptionsPerConnection();

        /** Subscriptions one client (remote address) may hold at once over all its sockets. */
        @WithDefault("100")
        int maxSubscriptionsPerClient();
    }

    /** What one socket holds: its client and its open subscriptions. */
    static final class Socket {
        final String client;
        final AtomicInteger subscriptions = new AtomicInteger();

        Socket(String client) {
            this.client = client;
        }
    }

    @Inject
    Settings settings;

    @Inject
    ServiceMetrics metrics;

    private final Map<String, AtomicInteger> perClient = new ConcurrentHashMap<>();

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            if (isGraphQLWebSocket(rc)) {
                install(rc);
            }
            rc.next();
        }, 100); // before SmallRye's WebSocket route, which Quarkus orders at -99
    }

    private static boolean isGraphQLWebSocket(RoutingContext rc) {
        String path = rc.normalizedPath();
        String upgrade = rc.request().getHeader("Upgrade");
        return ("/graphql".equals(path) || "/graphql/".equals(path)) && upgrade != null && upgrade.equalsIgnoreCase("websocket");
    }

    private void install(RoutingContext rc) {
        rc.put(SOCKET, new Socket(rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().hostAddress()));
        if (rc.request().connection() instanceof ConnectionBase connection) {
            Channel channel = connection.channel();
            channel.config().setOption(ChannelOption.SO_SNDBUF, settings.sendBufferBytes());
            if (channel.pipeline().get(PendingWriteBound.class) == null) {
                channel.pipeline().addFirst("valuenetwork-pending-write-bound", new PendingWriteBound(settings.maxPendingBytes(), () -> {
                    metrics.slowSocketClosed();
                    LOG.warnf("Closed a WebSocket of %s: more than %d bytes waited to be sent (the client stopped reading)",
                            channel.remoteAddress(), settings.maxPendingBytes());
                }));
            }
        }
    }

    /**
     * Takes a subscription slot of the socket the current operation came on (when known) and of
     * its client, or refuses; the returned action gives the slots back.
     */
    Runnable acquire(Socket socket) {
        if (socket == null) {
            return () -> { };
        }
        AtomicInteger client = perClient.computeIfAbsent(socket.client, c -> new AtomicInteger());
        if (socket.subscriptions.incrementAndGet() > settings.maxSubscriptionsPerConnection()) {
            socket.subscriptions.decrementAndGet();
            throw refused("This connection already holds " + settings.maxSubscriptionsPerConnection()
                    + " subscriptions; end one first (or subscribe without a slug to receive every change once).");
        }
        if (client.incrementAndGet() > settings.maxSubscriptionsPerClient()) {
            client.decrementAndGet();
            socket.subscriptions.decrementAndGet();
            throw refused("This client already holds " + settings.maxSubscriptionsPerClient() + " subscriptions.");
        }
        return () -> {
            socket.subscriptions.decrementAndGet();
            if (client.decrementAndGet() == 0) {
                perClient.remove(socket.client, client);
            }
        };
    }

    private ApiException refused(String message) {
        metrics.rateLimited("subscriptions");
        return new ApiException(ErrorCode.RATE_LIMITED, message);
    }

    /** Closes the channel when the bytes waiting in its outbound buffer pass the bound. */
    static final class PendingWriteBound extends ChannelOutboundHandlerAdapter {
        private final long maxPendingBytes;
        private final Runnable onClose;
        private boolean closing;

        PendingWriteBound(long maxPendingBytes, Runnable onClose) {
            this.maxPendingBytes = maxPendingBytes;
            this.onClose = onClose;
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            if (closing) {
                ReferenceCountUtil.release(msg);
                promise.setFailure(new IllegalStateException("socket closed: too slow"));
                return;
            }
            ChannelOutboundBuffer buffer = ctx.channel().unsafe().outboundBuffer();
            if (buffer != null && buffer.totalPendingWriteBytes() > maxPendingBytes) {
                closing = true;
                ReferenceCountUtil.release(msg);
                promise.setFailure(new IllegalStateException("socket closed: too slow"));
                onClose.run();
                // The close frame queues behind what is pending, so a client that reads again
                // within a second learns why; one that does not is cut off then, its queue dropped.
                ctx.writeAndFlush(closeFrame(1008, "Too slow: more than " + maxPendingBytes + " bytes waited to be sent"))
                        .addListener(done -> ctx.close());
                ctx.executor().schedule(() -> ctx.close(), 1, TimeUnit.SECONDS);
                return;
            }
            ctx.write(msg, promise);
        }

        /** An unmasked close frame as a server sends it (RFC 6455, 5.5.1). */
        private static ByteBuf closeFrame(int code, String reason) {
            byte[] text = reason.getBytes(StandardCharsets.UTF_8);
            int length = Math.min(123, text.length);
            ByteBuf frame = Unpooled.buffer(4 + length);
            frame.writeByte(0x88).writeByte(2 + length).writeShort(code).writeBytes(text, 0, length);
            return frame;
        }
    }
}
